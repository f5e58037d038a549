#include "demo/names.h"

#include <array>

namespace rapport::demo {

namespace {

using G = GivenName;
using F = FamilyName;
using S = std::string_view;

constexpr std::array kPolishGiven{
    G{"Anna", "anna", true},           G{"Piotr", "piotr", false},          G{"Katarzyna", "katarzyna", true},
    G{"Tomasz", "tomasz", false},      G{"Małgorzata", "malgorzata", true}, G{"Łukasz", "lukasz", false},
    G{"Agnieszka", "agnieszka", true}, G{"Paweł", "pawel", false},          G{"Zofia", "zofia", true},
    G{"Michał", "michal", false}};
constexpr std::array kPolishFamily{F{"Nowak", "Nowak", "nowak", "nowak"},
                                   F{"Kowalski", "Kowalska", "kowalski", "kowalska"},
                                   F{"Wiśniewski", "Wiśniewska", "wisniewski", "wisniewska"},
                                   F{"Wójcik", "Wójcik", "wojcik", "wojcik"},
                                   F{"Kamiński", "Kamińska", "kaminski", "kaminska"},
                                   F{"Lewandowski", "Lewandowska", "lewandowski", "lewandowska"},
                                   F{"Zieliński", "Zielińska", "zielinski", "zielinska"},
                                   F{"Szymański", "Szymańska", "szymanski", "szymanska"},
                                   F{"Dąbrowski", "Dąbrowska", "dabrowski", "dabrowska"},
                                   F{"Woźniak", "Woźniak", "wozniak", "wozniak"}};
constexpr std::array kPolishCities{S{"Warszawa"}, S{"Kraków"}, S{"Łódź"}, S{"Wrocław"}, S{"Poznań"}, S{"Gdańsk"}};
constexpr std::array kPolishStreets{S{"ul. Marszałkowska"}, S{"ul. Długa"}, S{"ul. Ogrodowa"}, S{"al. Jerozolimskie"}};

constexpr std::array kRussianGiven{G{"Иван", "ivan", false},       G{"Мария", "maria", true},
                                   G{"Алексей", "aleksey", false}, G{"Ольга", "olga", true},
                                   G{"Дмитрий", "dmitry", false},  G{"Елена", "elena", true},
                                   G{"Сергей", "sergey", false},   G{"Наталья", "natalya", true}};
constexpr std::array kRussianFamily{
    F{"Иванов", "Иванова", "ivanov", "ivanova"},           F{"Смирнов", "Смирнова", "smirnov", "smirnova"},
    F{"Кузнецов", "Кузнецова", "kuznetsov", "kuznetsova"}, F{"Попов", "Попова", "popov", "popova"},
    F{"Соколов", "Соколова", "sokolov", "sokolova"},       F{"Лебедев", "Лебедева", "lebedev", "lebedeva"},
    F{"Морозов", "Морозова", "morozov", "morozova"},       F{"Волков", "Волкова", "volkov", "volkova"}};
constexpr std::array kRussianCities{S{"Москва"}, S{"Санкт-Петербург"}, S{"Казань"}, S{"Новосибирск"}};
constexpr std::array kRussianStreets{S{"ул. Ленина"}, S{"пр. Мира"}, S{"ул. Садовая"}};

constexpr std::array kUkrainianGiven{
    G{"Олена", "olena", true},   G{"Андрій", "andriy", false}, G{"Ірина", "iryna", true}, G{"Тарас", "taras", false},
    G{"Оксана", "oksana", true}, G{"Богдан", "bohdan", false}, G{"Юлія", "yuliia", true}, G{"Максим", "maksym", false}};
constexpr std::array kUkrainianFamily{F{"Шевченко", "Шевченко", "shevchenko", "shevchenko"},
                                      F{"Коваленко", "Коваленко", "kovalenko", "kovalenko"},
                                      F{"Бондаренко", "Бондаренко", "bondarenko", "bondarenko"},
                                      F{"Ткаченко", "Ткаченко", "tkachenko", "tkachenko"},
                                      F{"Мельник", "Мельник", "melnyk", "melnyk"},
                                      F{"Кравчук", "Кравчук", "kravchuk", "kravchuk"}};
constexpr std::array kUkrainianCities{S{"Київ"}, S{"Львів"}, S{"Харків"}, S{"Одеса"}};
constexpr std::array kUkrainianStreets{S{"вул. Хрещатик"}, S{"вул. Шевченка"}, S{"просп. Свободи"}};

constexpr std::array kSwedishGiven{G{"Erik", "erik", false},   G{"Anna", "anna", true},    G{"Lars", "lars", false},
                                   G{"Karin", "karin", true},  G{"Björn", "bjorn", false}, G{"Åsa", "asa", true},
                                   G{"Johan", "johan", false}, G{"Ingrid", "ingrid", true}};
constexpr std::array kSwedishFamily{
    F{"Andersson", "Andersson", "andersson", "andersson"}, F{"Johansson", "Johansson", "johansson", "johansson"},
    F{"Karlsson", "Karlsson", "karlsson", "karlsson"},     F{"Nilsson", "Nilsson", "nilsson", "nilsson"},
    F{"Lindqvist", "Lindqvist", "lindqvist", "lindqvist"}, F{"Öberg", "Öberg", "oberg", "oberg"}};
constexpr std::array kSwedishCities{S{"Stockholm"}, S{"Göteborg"}, S{"Malmö"}, S{"Uppsala"}};
constexpr std::array kSwedishStreets{S{"Drottninggatan"}, S{"Storgatan"}, S{"Kungsgatan"}};

constexpr std::array kEnglishGiven{
    G{"James", "james", false}, G{"Emma", "emma", true},   G{"Oliver", "oliver", false}, G{"Sophie", "sophie", true},
    G{"Liam", "liam", false},   G{"Grace", "grace", true}, G{"Noah", "noah", false},     G{"Olivia", "olivia", true}};
constexpr std::array kEnglishFamily{
    F{"Smith", "Smith", "smith", "smith"},     F{"O'Brien", "O'Brien", "obrien", "obrien"},
    F{"Taylor", "Taylor", "taylor", "taylor"}, F{"Brown", "Brown", "brown", "brown"},
    F{"Wilson", "Wilson", "wilson", "wilson"}, F{"Clarke", "Clarke", "clarke", "clarke"}};
constexpr std::array kEnglishCities{S{"London"}, S{"Manchester"}, S{"Dublin"}, S{"Leeds"}};
constexpr std::array kEnglishStreets{S{"High Street"}, S{"Station Road"}, S{"Church Lane"}};

constexpr std::array kPolishForms{S{"Sp. z o.o."}, S{"S.A."}, S{"sp.j."}};
constexpr std::array kRussianForms{S{"ООО"}, S{"АО"}};
constexpr std::array kUkrainianForms{S{"ТОВ"}, S{"ПП"}};
constexpr std::array kSwedishForms{S{"AB"}, S{"HB"}};
constexpr std::array kEnglishForms{S{"Ltd"}, S{"plc"}};

constexpr std::array kLocales{
    Locale{"Poland", "+48", kPolishGiven, kPolishFamily, kPolishCities, kPolishStreets, "poczta.pl", kPolishForms,
           "##-###"},
    Locale{"Russia", "+7", kRussianGiven, kRussianFamily, kRussianCities, kRussianStreets, "mail.ru", kRussianForms,
           "######"},
    Locale{"Ukraine", "+380", kUkrainianGiven, kUkrainianFamily, kUkrainianCities, kUkrainianStreets, "ukr.net",
           kUkrainianForms, "#####"},
    Locale{"Sweden", "+46", kSwedishGiven, kSwedishFamily, kSwedishCities, kSwedishStreets, "telia.se", kSwedishForms,
           "### ##"},
    Locale{"United Kingdom", "+44", kEnglishGiven, kEnglishFamily, kEnglishCities, kEnglishStreets, "example.co.uk",
           kEnglishForms, "L# #LL"},
};

constexpr std::array kCompanyStems{S{"Nordic"}, S{"Baltic"},   S{"Vistula"}, S{"Polaris"},   S{"Dnipro"},   S{"Volga"},
                                   S{"Amber"},  S{"Granit"},   S{"Sokol"},   S{"Lastochka"}, S{"Svitanok"}, S{"Fjall"},
                                   S{"Orion"},  S{"Meridian"}, S{"Zenith"},  S{"Kolos"},     S{"Lumen"},    S{"Vega"}};
constexpr std::array kCompanyTrades{S{"Trade"},  S{"Foods"},  S{"Market"}, S{"Distribution"}, S{"Wholesale"},
                                    S{"Retail"}, S{"Hotels"}, S{"Café"},   S{"Logistics"},    S{"Delicatessen"}};
constexpr std::array kTags{S{"coffee"},           S{"organic"},      S{"wine"},       S{"gifts"},     S{"bulk-orders"},
                           S{"express-delivery"}, S{"loyalty-card"}, S{"newsletter"}, S{"premium"},   S{"discounts"},
                           S{"catering"},         S{"vegan"},        S{"seasonal"},   S{"corporate"}, S{"events"}};
constexpr std::array kSalesManagers{S{"Anna Nowak"},      S{"Erik Lindqvist"},   S{"Olena Kravchuk"},
                                    S{"Piotr Zieliński"}, S{"Мария Соколова"},   S{"James Clarke"},
                                    S{"Karin Öberg"},     S{"Taras Melnyk"},     S{"Zofia Dąbrowska"},
                                    S{"Liam Wilson"},     S{"Ірина Бондаренко"}, S{"Johan Nilsson"}};
constexpr std::array kConsumerSegments{S{"Young professionals"}, S{"Families"}, S{"Seniors"}, S{"Students"},
                                       S{"Enthusiasts"}};
constexpr std::array kBusinessSegments{S{"Retail"}, S{"Wholesale"}, S{"HoReCa"}, S{"Manufacturing"},
                                       S{"Public sector"}};
constexpr std::array kContactRoles{S{"Owner"}, S{"Category manager"}, S{"Store manager"}, S{"Finance director"},
                                   S{"Logistics coordinator"}};
constexpr std::array kPartnerNames{
    S{"Mleczarnia Podlaska"},   S{"Nordkaffe Rosteri"},  S{"Baltic Logistics"},     S{"Агроком"},
    S{"Pack&Go Packaging"},     S{"Zielony Koszyk"},     S{"Kyiv Distribution"},    S{"Sveriges Handelskammare"},
    S{"Eko Farm Cooperative"},  S{"CityChain Retail"},   S{"Delikatesy Centrum"},   S{"Fresh Route"},
    S{"Regional Food Council"}, S{"Old Town Bakery"},    S{"Coffee Competitor AB"}, S{"Card Loyalty Systems"},
    S{"Harbour Cold Storage"},  S{"Shareholders' Club"}, S{"Workers' Council"},     S{"Consumer Federation"}};

} // namespace

std::span<const Locale> locales() {
    return kLocales;
}
std::span<const std::string_view> companyStems() {
    return kCompanyStems;
}
std::span<const std::string_view> companyTrades() {
    return kCompanyTrades;
}
std::span<const std::string_view> interestTags() {
    return kTags;
}
std::span<const std::string_view> salesManagers() {
    return kSalesManagers;
}
std::span<const std::string_view> consumerSegments() {
    return kConsumerSegments;
}
std::span<const std::string_view> businessSegments() {
    return kBusinessSegments;
}
std::span<const std::string_view> contactRoles() {
    return kContactRoles;
}
std::span<const std::string_view> partnerNames() {
    return kPartnerNames;
}

} // namespace rapport::demo
