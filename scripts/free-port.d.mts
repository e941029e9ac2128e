/** The first port from `first` that nothing listens on. */
export declare function freePort(first: number): Promise<number>;
