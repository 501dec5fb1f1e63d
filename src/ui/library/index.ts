// Reference library and validation dashboard views (mount them in a tab; they take callbacks, no store access).
export { ReferenceLibrary, type ReferenceLibraryProps } from './ReferenceLibrary';
export { ValidationDashboard } from './ValidationDashboard';
