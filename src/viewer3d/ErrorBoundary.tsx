// Keeps a failure inside the 3D canvas from reaching the rest of the app: renders the fallback instead.
import { Component, type ReactNode } from 'react';

interface Props { fallback: (error: Error) => ReactNode; children: ReactNode; resetKey?: unknown }
interface State { error: Error | null; resetKey?: unknown }

export class ViewerErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
