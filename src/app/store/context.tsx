/** Gives components the store through context, so tests can render with a store of their own. */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StudioState, StudioStore } from './store';

const StoreContext = createContext<StudioStore | null>(null);

export function StudioProvider({ store, children }: { store: StudioStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store itself, for actions and imperative reads in event handlers. */
export function useStudioApi(): StudioStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStudioApi: no <StudioProvider> above this component');
  return store;
}

/** Subscribes to a slice of the state; re-renders only when the selected value changes. */
export function useStudio<T>(selector: (state: StudioState) => T): T {
  return useStore(useStudioApi(), selector);
}
