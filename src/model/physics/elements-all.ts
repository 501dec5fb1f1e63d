// Loads the NIST tables of every element Z = 1…92 into the photon model (the app's start-up carries only the catalog's
// elements, model/physics/photon.ts): imported by the CLI, the workers and the unit tests at start, by the app after its first paint.
import { ELEMENT_TABLES_REST } from './data/elements-rest';
import { addElementTables } from './photon';

addElementTables(ELEMENT_TABLES_REST);
