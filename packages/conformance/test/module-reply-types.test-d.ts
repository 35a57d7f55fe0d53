// Compile-time only (the typecheck runs it): through @x/cluster's published declarations, no method of
// a bundled module namespace — on a client or a cluster — has parameters or a reply typed `any`. (A
// type the declarations name but the module package does not export degrades to `any` silently.)
import type { createClient, createCluster, RedisDefaultModules } from '@x/cluster';

type IsAny<T> = 0 extends 1 & T ? true : false;
type AnyParameter<P extends ReadonlyArray<unknown>> = true extends { [I in keyof P]: IsAny<P[I]> }[number] ? true : false;
/** The methods of a namespace whose reply or a parameter is `any`. */
type Untyped<NS> = {
  [M in keyof NS]: NS[M] extends (...args: infer P) => infer R ? (IsAny<Awaited<R>> extends true ? M : AnyParameter<P> extends true ? M : never) : never;
}[keyof NS];
type UntypedIn<T> = { [N in keyof RedisDefaultModules]: N extends keyof T ? `${N}.${Untyped<T[N]> & string}` : `${N} missing` }[keyof RedisDefaultModules];

type Client = ReturnType<typeof createClient<Record<never, never>, Record<never, never>, Record<never, never>, 3>>;
type Cluster = ReturnType<typeof createCluster<Record<never, never>, Record<never, never>, Record<never, never>, 2>>;

export const clientMethodsTyped: [UntypedIn<Client>] extends [never] ? true : UntypedIn<Client> = true;
export const clusterMethodsTyped: [UntypedIn<Cluster>] extends [never] ? true : UntypedIn<Cluster> = true;
