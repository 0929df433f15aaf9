# The self-contained Node server (output: 'standalone'). Build: docker build --build-arg SITE_URL=https://www.example.cn -t imic-site .
# Run: docker run -p 3000:3000 imic-site
FROM node:20-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# patches/ with the lockfile: npm ci applies them (patch-package --error-on-fail), and fails if one does not apply.
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci
COPY . .
ARG SITE_URL=http://localhost:3000
ENV SITE_URL=$SITE_URL
# The steps of build/steps.mjs: content check, contentlayer2, next build, search index, then public/, static assets and
# our server.js (deploy/node-server.ts) into .next/standalone.
RUN npm run build

FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
COPY --from=build --chown=node:node /app/.next/standalone ./
USER node
EXPOSE 3000
CMD ["node", "server.js"]
