/** Unmounts what a component test rendered, so the next test starts from an empty page. */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
