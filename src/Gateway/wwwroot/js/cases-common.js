// What every case page shares (ES module): Dutch names for the register's codes, escaping, dates as dd-mm-jjjj.
export const Cases = (() => {
  const statusNames = {
    NO_DUTY: 'niet leerplichtig', EXEMPT: 'vrijgesteld', ABSOLUTE_ABSENCE: 'absoluut verzuim',
    LONG_TERM_ABSENCE: 'langdurig relatief verzuim', AT_RISK: 'risico op verzuim', ATTENDING: 'op school'
  };
  const bandNames = { LT_4W: 'tot 4 weken', '4W_3M': '4 weken tot 3 maanden', GT_3M: 'langer dan 3 maanden' };
  const codeNames = {
    UNENROLLED_WITHOUT_NEW_SCHOOL: 'Uitgeschreven zonder nieuwe school', ENROLMENT_GAP: 'Gat tussen inschrijvingen',
    DOUBLE_ENROLMENT: 'Dubbele inschrijving', NOT_IN_ROD: 'Inschrijving ontbreekt in ROD', STALE_IN_ROD: 'Verouderde inschrijving in ROD',
    ROD_DATE_MISMATCH: 'Datums wijken af van ROD', ABSENCE_NOT_REPORTED: 'Verzuim niet gemeld', REPORT_DURING_EXEMPTION: 'Melding tijdens vrijstelling',
    REPORT_WITHOUT_ENROLMENT: 'Melding zonder inschrijving', IDENTITY_MISMATCH: 'Geboortedatum verschilt', INVALID_IDENTIFIER: 'Ongeldig BSN of onderwijsnummer',
    POSSIBLE_DUPLICATE_PERSON: 'Mogelijk dubbele persoon', NO_PLAN: 'Geen plan of regiehouder', OVERDUE: 'Termijn verstreken'
  };
  const reasonNames = {
    PSYCHISCH: 'psychisch', LICHAMELIJK: 'lichamelijk', GEDRAG: 'gedrag', SCHOOLANGST: 'schoolangst',
    ONDERWIJSAANBOD: 'onderwijsaanbod', GEZIN: 'gezin', ONBEKEND: 'onbekend'
  };
  const stateNames = { OPEN: 'open', ACKNOWLEDGED: 'erkend', DISMISSED: 'afgewezen', RESOLVED: 'opgelost' };
  const actsNames = {
    LEAVING_SCHOOL: 'school van uitschrijving', LEAVING_SCHOOL_AND_LEERPLICHT: 'school van uitschrijving en leerplicht', BOTH_SCHOOLS: 'beide scholen',
    SCHOOL: 'school', LEERPLICHT: 'leerplicht', SOURCE_OWNER: 'aanleverende partij', REGIEHOUDER: 'regiehouder', SWV: 'samenwerkingsverband'
  };
  const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const date = iso => {
    if (!iso) return '';
    const [y, m, d] = String(iso).slice(0, 10).split('-');
    return d ? `${d}-${m}-${y}` : m ? `${m}-${y}` : y;
  };
  const yesNo = b => b === true ? 'ja' : b === false ? 'nee' : '';
  const $ = id => document.getElementById(id);
  const fail = e => { const box = $('error'); if (box) box.textContent = e.message; };
  return { statusNames, bandNames, codeNames, reasonNames, stateNames, actsNames, esc, date, yesNo, $, fail };
})();
