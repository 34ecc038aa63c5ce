/** Real countries with their ISO codes; the id is the position + 1 (Russia 5 and China 6, as in LL2). */
const TABLE = `
United States of America|US|USA|American|Americo
France|FR|FRA|French|Franco
Japan|JP|JPN|Japanese|Japano
India|IN|IND|Indian|Indo
Russia|RU|RUS|Russian|Russo
China|CN|CHN|Chinese|Sino
Kazakhstan|KZ|KAZ|Kazakh|Kazakho
United Kingdom|GB|GBR|British|Anglo
Germany|DE|DEU|German|Germano
Italy|IT|ITA|Italian|Italo
Canada|CA|CAN|Canadian|Canado
Israel|IL|ISR|Israeli|Israelo
Iran|IR|IRN|Iranian|Irano
North Korea|KP|PRK|North Korean|Koreano
South Korea|KR|KOR|South Korean|Koreano
Brazil|BR|BRA|Brazilian|Brazilo
Australia|AU|AUS|Australian|Austro
New Zealand|NZ|NZL|New Zealander|Kiwi
Ukraine|UA|UKR|Ukrainian|Ukraino
Spain|ES|ESP|Spanish|Hispano
Norway|NO|NOR|Norwegian|Norwego
Sweden|SE|SWE|Swedish|Swedo
Marshall Islands|MH|MHL|Marshallese|Marshallo
Algeria|DZ|DZA|Algerian|Algero
Kenya|KE|KEN|Kenyan|Kenyo
United Arab Emirates|AE|ARE|Emirati|Emirato
Argentina|AR|ARG|Argentine|Argentino
Netherlands|NL|NLD|Dutch|Nederlando
Luxembourg|LU|LUX|Luxembourgish|Luxo
Belgium|BE|BEL|Belgian|Belgo
Mexico|MX|MEX|Mexican|Mexicano
Turkey|TR|TUR|Turkish|Turko
Saudi Arabia|SA|SAU|Saudi|Saudo
Singapore|SG|SGP|Singaporean|Singaporo
Finland|FI|FIN|Finnish|Finno
`;

export interface CountryRow {
  id: number;
  name: string;
  alpha_2_code: string;
  alpha_3_code: string;
  nationality_name: string;
  nationality_name_composed: string;
}

export const COUNTRIES: CountryRow[] = TABLE.trim()
  .split('\n')
  .map((line, i) => {
    const [name, a2, a3, nat, composed] = line.split('|');
    return { id: i + 1, name, alpha_2_code: a2, alpha_3_code: a3, nationality_name: nat, nationality_name_composed: composed };
  });

const byAlpha3 = new Map(COUNTRIES.map((c) => [c.alpha_3_code, c]));

export function country(alpha3: string): CountryRow {
  const c = byAlpha3.get(alpha3);
  if (!c) throw new Error(`generator: unknown country ${alpha3}`);
  return c;
}
