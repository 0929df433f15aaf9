// The ALTCHA widget's PBKDF2 proof-of-work worker, bundled and served from this site (the CSP allows no blob: worker).
// A .js file: the bundler also copies the file `new URL()` names, and a .ts one would be served as video/mp2t.
import 'altcha/workers/pbkdf2';
