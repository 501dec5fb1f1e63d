// Learning mode views: the guided tour and the glossary (Term popovers usable anywhere in the app).
export { Tour, type TourProps } from './Tour';
export { Term, GlossaryText, GlossaryList, type TermProps } from './Term';
