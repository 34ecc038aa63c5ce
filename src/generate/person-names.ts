import type { Rng } from './rng.ts';

/**
 * Name pools per country (alpha-3) for astronauts and update authors. The people are fictional: names
 * are drawn from common given names and surnames of the country, never copied from a real roster.
 */
const POOLS: Record<string, [first: string[], last: string[]]> = {
  USA: [
    ['James', 'Michael', 'Robert', 'David', 'John', 'Sarah', 'Jessica', 'Emily', 'Daniel', 'Laura', 'Kevin', 'Megan', 'Brian', 'Rachel', 'Thomas', 'Karen', 'Mark', 'Nicole', 'Steven', 'Anne'],
    ['Walker', 'Carter', 'Hughes', 'Bennett', 'Foster', 'Reed', 'Hayes', 'Porter', 'Morgan', 'Sullivan', 'Brooks', 'Coleman', 'Griffin', 'Russell', 'Perry', 'Jenkins', 'Powell', 'Long', 'Barnes', 'Fisher'],
  ],
  RUS: [
    ['Aleksandr', 'Sergei', 'Dmitri', 'Andrei', 'Nikolai', 'Yuri', 'Mikhail', 'Oleg', 'Pavel', 'Ivan', 'Anna', 'Yelena', 'Vladimir', 'Anton', 'Konstantin', 'Maxim', 'Gennadi', 'Viktor', 'Boris', 'Olga'],
    ['Volkov', 'Sokolov', 'Lebedev', 'Kozlov', 'Novikov', 'Morozov', 'Petrov', 'Orlov', 'Belov', 'Zaitsev', 'Pavlov', 'Semenov', 'Golubev', 'Vinogradov', 'Bogdanov', 'Vorobyov', 'Fedorov', 'Mikhailov', 'Tarasov', 'Belyaev'],
  ],
  CHN: [
    ['Wei', 'Jun', 'Hao', 'Lei', 'Ming', 'Tao', 'Yang', 'Jie', 'Bo', 'Peng', 'Xin', 'Yu', 'Lin', 'Qiang', 'Gang', 'Hui', 'Ying', 'Fang', 'Dong', 'Kai'],
    ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun', 'Hu', 'Zhu', 'Gao', 'Lin', 'He', 'Guo', 'Ma', 'Luo'],
  ],
  JPN: [
    ['Takashi', 'Kenji', 'Hiroshi', 'Satoshi', 'Yuki', 'Naoko', 'Akihiko', 'Koichi', 'Daisuke', 'Haruka'],
    ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato'],
  ],
  FRA: [
    ['Jean', 'Pierre', 'Thomas', 'Claire', 'Julien', 'Sophie', 'Nicolas', 'Camille', 'Antoine', 'Mathieu'],
    ['Martin', 'Bernard', 'Dubois', 'Moreau', 'Laurent', 'Lefebvre', 'Girard', 'Fontaine', 'Rousseau', 'Vincent'],
  ],
  DEU: [
    ['Alexander', 'Matthias', 'Stefan', 'Thomas', 'Julia', 'Katrin', 'Markus', 'Andreas', 'Jan', 'Lena'],
    ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Wagner', 'Becker', 'Hoffmann', 'Koch', 'Richter'],
  ],
  ITA: [
    ['Luca', 'Marco', 'Paolo', 'Giulia', 'Francesca', 'Roberto', 'Andrea', 'Chiara', 'Stefano', 'Matteo'],
    ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco'],
  ],
  CAN: [
    ['Chris', 'Jeremy', 'Jennifer', 'Joshua', 'Marc', 'Julie', 'Robert', 'David', 'Jenni', 'Luc'],
    ['Tremblay', 'Gagnon', 'Roy', 'MacDonald', 'Campbell', 'Leblanc', 'Wilson', 'Martin', 'Taylor', 'Côté'],
  ],
  IND: [
    ['Rakesh', 'Prasanth', 'Ajit', 'Angad', 'Shubhanshu', 'Kavya', 'Priya', 'Arjun', 'Vikram', 'Anjali'],
    ['Sharma', 'Nair', 'Krishnan', 'Pratap', 'Shukla', 'Rao', 'Iyer', 'Reddy', 'Menon', 'Verma'],
  ],
  GBR: [
    ['Oliver', 'Helen', 'Timothy', 'Richard', 'Charlotte', 'George', 'Emma', 'Harry', 'Rosemary', 'William'],
    ['Smith', 'Jones', 'Taylor', 'Davies', 'Evans', 'Thomas', 'Roberts', 'Hughes', 'Wright', 'Clarke'],
  ],
  ARE: [
    ['Hazza', 'Sultan', 'Nora', 'Mohammad', 'Ahmed', 'Khalid', 'Fatima', 'Saeed', 'Omar', 'Maryam'],
    ['Al Mansoori', 'Al Neyadi', 'Al Matrooshi', 'Al Mulla', 'Al Suwaidi', 'Al Hammadi', 'Al Falasi', 'Al Zaabi', 'Al Ketbi', 'Al Shamsi'],
  ],
};

const INTERNATIONAL: [string[], string[]] = [
  ['Alex', 'Sam', 'Maria', 'Lucas', 'Elena', 'Noah', 'Sofia', 'Adam', 'Mia', 'Leo', 'Nina', 'Erik', 'Ana', 'Jonas', 'Ida'],
  ['Novak', 'Silva', 'Jensen', 'Kowalski', 'Horvat', 'Peeters', 'Nieminen', 'Garcia', 'Andersen', 'Popescu', 'Larsen', 'Costa', 'Yilmaz', 'Haddad', 'Santos'],
];

export function personName(rng: Rng, alpha3: string): string {
  const [first, last] = POOLS[alpha3] ?? INTERNATIONAL;
  return `${rng.pick(first)} ${rng.pick(last)}`;
}
