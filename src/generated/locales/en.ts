
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'failure.empty': `The agreement file is empty.`,
'failure.html': `An HTML page was received instead of a JSON file; check the src address.`,
'failure.http': str`The server answered the request for ${0} with status ${1}.`,
'failure.invalid': `The agreement file does not match the standard format:`,
'failure.network': str`${0} could not be fetched. Check the network connection; the JSON file must be on the same origin as this page or its server must allow CORS.`,
'failure.noSource': `This element was given no data: it needs a src attribute, inline JSON (a script of type application/json) or the data property.`,
'failure.syntax': str`The JSON file has a syntax error at line ${0}, column ${1} (${2}).`,
'failure.syntaxUnlocated': str`The JSON file has a syntax error (${0}).`,
'failure.timeout': str`The server did not answer the request for ${1} within ${0} seconds.`,
'ui.allUnits': str`All units (${0})`,
'ui.errorTitle': `The agreement could not be shown`,
'ui.expired': `Expired`,
'ui.findOnThisPage': str`Your browser's find (${0}) searches this page only; to search all ${1} services, use the box above.`,
'ui.hideAll': `Hide all sections`,
'ui.linkToRow': `Link to row`,
'ui.loading': `Loading the service level agreement…`,
'ui.matchCount': str`${0} of ${1} services`,
'ui.moreProblems': str`and ${0} more`,
'ui.nextPage': `Next page`,
'ui.noMatches': `No service matches this search.`,
'ui.noticeTitle': `Part of this agreement is not shown because its file has errors:`,
'ui.pageOf': str`Page ${0} of ${1}`,
'ui.pages': `Pages of the service table`,
'ui.previousPage': `Previous page`,
'ui.print': `Print`,
'ui.printedOn': str`Printed ${0}`,
'ui.retry': `Try again`,
'ui.searchServices': `Search services`,
'ui.searchUnavailable': `Search could not be loaded; typing tries again, or reload the page.`,
'ui.sectionsLabel': `Sections of the agreement`,
'ui.serviceCount': str`${0} services`,
'ui.showAll': `Show all sections`,
'ui.showAllServices': str`Show all ${0} services`,
'ui.showPages': `Show page by page`,
'ui.sortedAscending': str`Sorted by ${0}, ascending`,
'ui.sortedDescending': str`Sorted by ${0}, descending`,
'ui.sortUnavailable': `Sorting could not be loaded; try again, or reload the page.`,
'ui.unitFilter': `Unit`,
    };
  