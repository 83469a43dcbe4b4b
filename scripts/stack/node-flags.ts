/**
 * How the API process is started everywhere (npm start, the benchmark, docker/compose.yaml). Its live heap is
 * ~45–100 MB; without a cap V8 lets garbage pile up to ~300 MB under load before collecting it. Measured with
 * 16 connections on GET /api/v1/ping: the same requests per second, peak RSS 176 MB instead of 305 MB; a 25 MB
 * import still goes through (peak 246 MB).
 */
export const API_NODE_FLAGS = ['--max-old-space-size=200'];

/**
 * The worker holds the evidence index: at 62 500 providers ~340 MB of it is on the heap and ~600 MB in typed arrays
 * outside it. Uncapped, V8 let a full-size re-match's garbage take the process from 1.6 to 2.8 GB between collections.
 */
export const WORKER_NODE_FLAGS = ['--max-old-space-size=1280'];
