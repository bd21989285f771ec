// Public surface of the route module; filled in by its implementation.
export {};
