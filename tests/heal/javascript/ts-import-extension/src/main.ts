import { add } from './math';

export const total = add(1, 2);
