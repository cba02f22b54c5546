/** The Flows tab's content (loaded on first show): the library, or one flow's versions. */
import { useEffect } from 'react';
import { FlowDetail } from './flow-detail';
import { useFlows, useFlowsApi } from './flows-store';
import { LibraryView } from './library-view';

export default function FlowsPanel() {
  const flows = useFlowsApi();
  const openId = useFlows((s) => s.openId);
  useEffect(() => {
    void flows.getState().refresh();
  }, [flows]);
  return openId === null ? <LibraryView /> : <FlowDetail />;
}
