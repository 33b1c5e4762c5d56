// Tests search as the browser does once the app runs: with crisis detection loaded (crisis/crisis-check.ts).
// A test of the moments before it arrives imports fresh modules (vi.resetModules), where it is not loaded.
import { loadCrisisDetection } from '../../src/crisis/crisis-check';

await loadCrisisDetection();
