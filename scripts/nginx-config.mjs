// npm run nginx:config: writes the generated parts of deploy/nginx.conf (deploy/nginx-rules.mjs).
import { writeFileSync } from 'node:fs';
import { nginxGeneratedFiles } from '../deploy/nginx-rules.mjs';

for (const [file, text] of Object.entries(nginxGeneratedFiles())) {
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
