/** Server data held by the launch store: not asked yet, loading, loaded, or failed with a reason. */
export type Remote<T> =
  | { status: 'loading'; data?: T }
  | { status: 'ready'; data: T }
  | { status: 'error'; data?: T; code: string; message: string };
