// The pages' clock is the one the result cards use (it lives in components/, which pages may import), so
// the list and its cards always read the same minute.
export { useNow } from '../components/use-now';
