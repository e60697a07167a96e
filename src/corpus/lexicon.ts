// The words of the generated corpus: a newsroom's outlets and translators, places, people,
// keywords, and the English of news reports, most common first. The long tail of rarer English
// comes from SUBTLEX-US word frequencies (./vocabulary.ts).

const list = (text: string): string[] => text.trim().split(/\s*\|\s*/);
const words = (text: string): string[] => text.trim().split(/\s+/);

/** Outlets, most prolific first; fictional, so generated articles are credited to no real one. */
export const OUTLETS = [
  { name: "Euphrates Post", domain: "euphratespost.example" },
  { name: "Idlib Daily", domain: "idlibdaily.example" },
  { name: "Al-Sham Monitor", domain: "alshammonitor.example" },
  { name: "Jazira Voice", domain: "jaziravoice.example" },
  { name: "Hawar Weekly", domain: "hawarweekly.example" },
  { name: "Qalamoun Network", domain: "qalamoun.example" },
  { name: "Orontes Review", domain: "orontesreview.example" },
  { name: "Daraa 24", domain: "daraa24.example" },
  { name: "Coastal Herald", domain: "coastalherald.example" },
  { name: "Badiya Press", domain: "badiyapress.example" },
];

export const TRANSLATORS = list(
  "Lina Haddad | Omar Khalil | Rania Aziz | Translation Desk | Sami Darwish | Nour Kassem | Huda Mansour | Karim Saleh",
);

/** Places in Syria and the region, most reported first. */
export const PLACES = list(`
  Aleppo | Idlib | Damascus | Deir ez-Zor | Raqqa | Hasakah | Daraa | Homs | Hama | Qamishli |
  Manbij | Latakia | Tartus | Suwayda | Eastern Ghouta | Afrin | Azaz | al-Bab | Jarablus | Kobani |
  Tal Abyad | Ras al-Ain | Abu Kamal | al-Mayadin | Palmyra | Quneitra | Douma | Jisr al-Shughur |
  Maarat al-Numan | Saraqib | Ariha | Atarib | Sarmada | Harem | Jableh | Baniyas | Salamiyah |
  al-Rastan | Talbiseh | Qusayr | Yabroud | Zabadani | Madaya | Daraya | Muadamiyat al-Sham |
  Jaramana | Sayyida Zaynab | Busra al-Sham | Nawa | Tafas | Inkhil | Izraa | Shahba | Amuda |
  Derbasiyah | Malikiyah | Tal Tamr | Shaddadi | al-Hol | Ain Issa | Tabqa | Maskanah | Safira |
  Marat | Tal Rifaat | Nubl | Zahraa | Khan Shaykhun | Kafr Nabl | Darkush | Salqin | Qardaha
`);

export const PEOPLE_FIRST = words(`
  Ahmad Mohammad Khaled Omar Ali Hassan Hussein Mahmoud Mustafa Ibrahim Youssef Abdullah Samer
  Bilal Firas Tariq Ziad Nabil Rami Walid Bassam Majd Adnan Fadi Hani Jamil Mazen Anas Qasim
  Fatima Maryam Aisha Zainab Layla Rana Hiba Dima Nour Salma Reem Amal Hanan Suad Lama Yasmin
  Ghada Muna Samira Wafa Huda Rasha Sawsan Nisreen Kinda Joumana Razan
`);

export const PEOPLE_LAST = words(`
  al-Ahmad al-Hassan al-Khalil al-Omar al-Ali al-Hamoud al-Saleh al-Youssef Haddad Darwish
  Kassem Mansour Aziz Ibrahim Hamdan Nasser Sabbagh Khatib Shami Halabi Attar Jabr Rifai Zoubi
  Masri Qassab Hariri Kurdi Tayyar Sulaiman Barakat Ismail Abbas Najjar Hallaq Farhat Daher
  Mahmoud Issa Othman Raslan Hammoud Ghanem Salloum Bakkour Sheikh al-Jasem al-Hussein al-Rashid
`);

export const ROLES = list(`
  local council member | teacher | pharmacist | farmer | doctor at the city hospital | shop owner |
  engineer with the water authority | lawyer | displaced mother of four | taxi driver | baker |
  university student | human rights researcher | former detainee | community leader | nurse |
  truck driver | member of the civil defence | journalist | trader in the old market | economist |
  spokesperson for the local administration | father of three | widow | retired civil servant
`);

export const ORGANISATIONS = list(`
  the local council | the Syrian Observatory for Human Rights | the United Nations | the Red Crescent |
  the civil defence | the Autonomous Administration | the Syrian Democratic Forces | the interim government |
  the Ministry of Health | the Ministry of Education | the World Food Programme | UNICEF |
  the International Committee of the Red Cross | the water authority | the electricity company |
  the Chamber of Commerce | the Syrian Network for Human Rights | the Syrian Interim Government |
  the Salvation Government | the Central Bank | the Turkish-backed Syrian National Army | the security services
`);

/** Keywords that are not places; with the places, a few hundred in all. */
export const TOPICS = list(`
  Economy | Security | Detentions | Returnees | Refugees | Water | Electricity | Health | Education |
  Housing | Agriculture | Wheat | Reconstruction | Human Rights | Elections | Prices | Bread | Fuel |
  Diesel | Cholera | Earthquake | Displacement | Camps | Kidnapping | Assassinations | Drones | Shelling |
  Airstrikes | Ceasefire | Negotiations | Sanctions | Currency | Syrian Pound | Salaries | Unemployment |
  Women | Children | Child Labour | Early Marriage | Universities | Exams | Hospitals | Medicine |
  Vaccination | Drought | Euphrates | Olive Harvest | Cotton | Livestock | Smuggling | Drugs | Captagon |
  Border Crossings | Humanitarian Aid | Cross-border Aid | Corruption | Courts | Property Rights |
  Land Registry | Conscription | Military Service | Deserters | Amnesty | Enforced Disappearance |
  Prisons | Torture | Mass Graves | Landmines | Unexploded Ordnance | Demining | Tribes | Clans |
  Kurdish Politics | Arab-Kurdish Relations | Christians | Druze | Alawites | Religious Affairs |
  Mosques | Ramadan | Eid | Culture | Heritage | Archaeology | Sport | Football | Media | Press Freedom |
  Journalists | Internet | Telecommunications | Transport | Roads | Bakeries | Markets | Trade |
  Industry | Textiles | Oil | Gas | Solar Power | Generators | Rent | Real Estate | Banks | Remittances |
  Migration | Lebanon | Turkey | Jordan | Iraq | Iran | Russia | United States | Israel | Golan |
  Islamic State | Hayat Tahrir al-Sham | National Army | Government Forces | Militias | Checkpoints |
  Protests | Strikes | Local Councils | Municipal Services | Garbage | Sewage | Public Health |
  Mental Health | Disability | Orphans | Widows | Food Security | Malnutrition | Winter | Floods |
  Fires | Forests | Environment | Pollution | Climate | Tourism | Hotels | Restaurants | Youth |
  Volunteers | Civil Society | NGOs | Funding Cuts | Schools | Teachers | Curriculum | Exams Results |
  Scholarships | Diaspora | Asylum | Deportations | Naturalisation | Documents | Passports | Civil Registry
`);

export const MONTHS = words(
  "January February March April May June July August September October November December",
);
export const WEEKDAYS = words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday");

/** The English of news reports: slots of the sentence patterns below, most common first. */
export const NOUNS = words(`
  residents families prices people officials forces authorities council area city town village
  water electricity bread fuel market families workers farmers children students teachers schools
  hospital doctors patients road checkpoint crossing camp tents aid convoy salaries pound rent
  houses homes buildings neighbourhood district countryside harvest wheat crops fields land
  shops traders goods costs supplies generators hours shifts queues bakeries factories
  owners tenants returnees refugees detainees prisoners relatives witnesses sources journalists
  clinics medicines vaccines roads bridges pipes wells stations networks lines cables trucks
  wages debts loans permits documents papers cards fees taxes fines courts judges lawyers
`);
export const VERBED = words(`
  increased fallen doubled stopped resumed collapsed recovered improved worsened changed
  returned arrived left closed opened reopened repaired damaged destroyed rebuilt delayed
  cancelled announced promised denied confirmed reported estimated warned complained demanded
`);
export const PASSIVES = words(`
  arrested detained released killed injured displaced evacuated relocated questioned summoned
  fined searched stopped turned away sent home transferred moved paid dismissed hired
`);
export const ADJECTIVES = words(`
  local new old main eastern western northern southern rural central public private
  high low rising falling severe limited growing sharp sudden long short difficult
  serious major small large basic daily monthly weekly recent previous current former
`);
export const ADVERBS = words("sharply steadily slowly quickly suddenly gradually again repeatedly");

/** Subheadings of long articles. */
export const HEADINGS = list(`
  What residents saw | The cost of {nouns} | {place} after the {noun} | A {adjective} {noun} |
  Waiting for {nouns} | Who pays | No one answers | What comes next | Families count the cost |
  Promises and {nouns} | Inside the {noun} | Numbers that do not add up | A long wait |
  Between {place} and {place} | The view from {place} | Officials respond | Old problems, new {nouns}
`);

export const HEADLINES = list(`
  {nouns_cap} {verbed} in {place} as {nouns} {verbed} |
  {place} {nouns} say {nouns} have {verbed} again |
  {number} {passive} in {place}, {organisation} says |
  In {place}, {nouns} wait for {nouns} |
  {place} council {verbed} {noun} plan after {nouns} complain |
  {adjective_cap} {noun} leaves {place} {nouns} without {nouns} |
  Why {nouns} in {place} are {passive} |
  {place}: {nouns} and {nouns} after the {noun} |
  {nouns_cap} in {place} {verbed} by a third, {nouns} say |
  {organisation_cap} {verbed} {noun} in {place}
`);

/** Sentence patterns of bodies; a slot is a word class in braces. */
export const SENTENCES = list(`
  {person}, a {role} in {place}, said the {noun} had {verbed} {adverb} since {month}. |
  According to {organisation}, at least {number} {nouns} were {passive} in {place} on {weekday}. |
  Residents of {place} told the outlet that {nouns} had {verbed} and that the {noun} was {adjective}. |
  The price of {noun} in {place} has {verbed} {adverb} this year, reaching {price} Syrian pounds. |
  “We have {verbed} everything we can,” said {person}, who lives in {place}. |
  {organisation_cap} said in a statement that the {adjective} {noun} would be {passive} by {month}. |
  {person} said that {nouns} in the {adjective} {noun} had not been {passive} for {number} weeks. |
  Local sources said {nouns} were {passive} at a checkpoint near {place}. |
  The {noun} serves about {number} {nouns}, most of them {nouns} from {place}. |
  Officials did not respond to questions about the {adjective} {noun}. |
  In {month}, {organisation} {verbed} a plan to repair the {noun} in {place}. |
  Many {nouns} now depend on {nouns} sent by relatives abroad. |
  {person}, a {role}, described the situation as {tail} and {tail}. |
  Some {nouns} said they had {verbed} their {nouns} to pay for {noun}. |
  The {noun} in {place} was {passive} for {number} days, according to {person}. |
  Traders in {place} blamed the {adjective} {noun} on {nouns} and {tail}. |
  Since {month}, the {noun} has {verbed} {adverb}, while {nouns} have {verbed}. |
  “The {noun} is {adjective}, and nobody talks about the {tail},” {person} said. |
  The report, published on {weekday}, listed {number} cases of {tail} in {place}. |
  Aid workers in {place} said the {tail} had made the {noun} {adjective}. |
  A {role} in {place} said the {tail} of the {noun} was the main concern. |
  {number} percent of {nouns} in {place} said they could not afford {noun}. |
  {person} returned to {place} in {month} and found the {noun} {passive}. |
  The {adjective} {noun} was first {passive} in {year}, residents recalled. |
  Neither {organisation} nor {organisation} commented on the {tail}.
`);

/** Words of the original Arabic headlines. */
export const ARABIC = words(`
  مداهمة ليلية في ريف حلب تنتهي باعتقال أهالي مدينة ارتفاع أسعار الخبز انقطاع الكهرباء المياه
  عودة اللاجئين مخيمات الشمال السوري المجلس المحلي قوات الأمن مزارعون القمح الحصاد المدارس
  المعلمون الرواتب الليرة السورية إعادة الإعمار المستشفى الأدوية الطرق المعابر المساعدات
  الإنسانية منظمة تقرير جديد يكشف عن معاناة السكان في دير الزور الرقة إدلب درعا حمص حماة
  الحسكة القامشلي منبج اللاذقية دمشق الغوطة الشرقية شهود عيان مصادر محلية بعد أشهر من الانتظار
`);
