/** The pure formatter lives in the spec core so the diff words durations the same way. */
export { humanDuration } from '@/spec/index';
