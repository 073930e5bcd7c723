/** A host application that has the statement as an object sets the `data` property. */
import statement from './data/002-south-kerman-electricity.json';

document.querySelector('sla-statement')!.data = statement;
