import './tokens.css';

export { ErrorState } from './ErrorState';
export { LoadingState } from './LoadingState';
