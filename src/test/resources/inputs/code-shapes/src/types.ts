export type Foo = { a: string };
