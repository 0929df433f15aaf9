/** The ALTCHA widget's PBKDF2 proof-of-work worker, bundled and served from this site (the CSP allows no blob: worker). */
import 'altcha/workers/pbkdf2';
