/** The test's own PostgreSQL server lives beside the local servers, so the benchmark's soak run can stop it too. */
export { freePort, PrivatePostgres } from '../../scripts/stack/private-postgres';
