// LL2's launch statuses, a fixed list every version reports. 2.0.0 documents only carry a status's
// short form, so the full names and descriptions come from here. Existing rows are left alone.
export const rows = {
  launch_status: [
    { id: 1, name: 'Go for Launch', abbrev: 'Go', description: 'Current T-0 confirmed by official or reliable sources.' },
    { id: 2, name: 'To Be Determined', abbrev: 'TBD', description: "Current date is a 'No Earlier Than' estimation based on unreliable or interpreted sources." },
    { id: 3, name: 'Launch Successful', abbrev: 'Success', description: 'The launch vehicle successfully inserted its payload(s) into the target orbit(s).' },
    { id: 4, name: 'Launch Failure', abbrev: 'Failure', description: 'Either the launch vehicle did not reach orbit, or the payload(s) failed to separate.' },
    { id: 5, name: 'On Hold', abbrev: 'Hold', description: 'Launch has been paused or held, but still has a chance for launch within the window.' },
    { id: 6, name: 'Launch in Flight', abbrev: 'In Flight', description: 'The launch vehicle has lifted off from the launch pad.' },
    { id: 7, name: 'Launch was a Partial Failure', abbrev: 'Partial Failure', description: 'The launch vehicle reached orbit, but the payload(s) did not reach the intended target orbit(s).' },
    { id: 8, name: 'To Be Confirmed', abbrev: 'TBC', description: 'Awaiting official confirmation - current date is known with some certainty.' },
    { id: 9, name: 'Payload Deployed', abbrev: 'Payload Deployed', description: 'The payload has been deployed in its target orbit.' },
  ],
};
