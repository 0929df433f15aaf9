/** What the newsroom tells a site server it is replacing (admin/newsroom/site-server.ts, deploy/node-server.ts). */
export const DRAIN_MESSAGE = 'imic-site:drain';
