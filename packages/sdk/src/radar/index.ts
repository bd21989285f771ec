// Public surface of the radar module; filled in by its implementation.
export {};
