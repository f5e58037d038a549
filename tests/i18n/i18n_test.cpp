// The translations embedded in rapport_i18n, the domain's words and money in the user's locale.
#include "i18n/domain_terms.h"
#include "i18n/language.h"
#include "i18n/money_format.h"
#include "i18n/qt_standard_texts.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

namespace {

using namespace rapport;

// Group separators differ by locale (Polish and Swedish use a no-break space); compare with plain spaces.
QString withPlainSpaces(QString text) {
    return text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
}

TEST(Languages, EveryLanguageInstallsItsEmbeddedTranslation) {
    for (const i18n::Language& language : i18n::languages()) {
        i18n::Translations translations;
        EXPECT_TRUE(translations.install(QLatin1String(language.code))) << language.code;
        EXPECT_EQ(translations.language(), QLatin1String(language.code));
    }
    i18n::Translations translations;
    EXPECT_FALSE(translations.install(QStringLiteral("de")));
    EXPECT_TRUE(translations.language().isEmpty());
}

TEST(Languages, TheLocaleDecidesTheLanguageWhenRapportHasIt) {
    EXPECT_EQ(i18n::languageOfLocale(QLocale(QStringLiteral("pl_PL"))), QStringLiteral("pl"));
    EXPECT_EQ(i18n::languageOfLocale(QLocale(QStringLiteral("uk_UA"))), QStringLiteral("uk"));
    EXPECT_EQ(i18n::languageOfLocale(QLocale(QStringLiteral("sv_SE"))), QStringLiteral("sv"));
    EXPECT_EQ(i18n::languageOfLocale(QLocale(QStringLiteral("de_DE"))), QStringLiteral("en"));
    EXPECT_EQ(i18n::languageOfLocale(QLocale::c()), QStringLiteral("en"));
}

TEST(Languages, EnglishPluralsComeFromItsOwnFile) {
    i18n::Translations translations;
    ASSERT_TRUE(translations.install(QStringLiteral("en")));
    const char* source = "%n probable duplicate(s). Open the first to compare; merging moves everything of the "
                         "others onto the first and cannot be undone.";
    EXPECT_TRUE(QCoreApplication::translate("rapport::ui::DuplicatesDialog", source, nullptr, 1)
                    .startsWith(QStringLiteral("1 probable duplicate. ")));
    EXPECT_TRUE(QCoreApplication::translate("rapport::ui::DuplicatesDialog", source, nullptr, 3)
                    .startsWith(QStringLiteral("3 probable duplicates. ")));
}

TEST(Languages, QtsOwnButtonsSpeakSwedishThoughDebianHasNoSwedishQt) {
    i18n::Translations translations;
    ASSERT_TRUE(translations.install(QStringLiteral("sv")));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Avbryt"));
    for (const char* text : i18n::qtStandardButtonTexts()) {
        if (QLatin1String(text) != QLatin1String("OK")) { // "OK" is Swedish too
            EXPECT_NE(QCoreApplication::translate("QPlatformTheme", text), QLatin1String(text)) << text;
        }
    }
}

TEST(DomainTerms, CodesReadAsWordsAndUnknownCodesAsTheirWords) {
    i18n::Translations translations;
    ASSERT_TRUE(translations.install(QStringLiteral("en")));
    EXPECT_EQ(i18n::term(core::LadderStage::Client), QStringLiteral("Client"));
    EXPECT_EQ(i18n::term(core::Channel::PointOfSale), QStringLiteral("Point of sale"));
    EXPECT_EQ(i18n::term(core::PartnershipForm::JointRnD), QStringLiteral("Joint R&D"));
    EXPECT_EQ(i18n::churnReasonTerm("lower_prices", "whatever is stored"), QStringLiteral("Lower prices elsewhere"));
    EXPECT_EQ(i18n::churnReasonTerm("our_own_reason", "Our own reason"), QStringLiteral("Our own reason"));
    EXPECT_EQ(i18n::humanizeCode("new_code"), QStringLiteral("New code"));
}

TEST(Languages, ALanguageFormatsInTheDefaultLocaleWhenItSpeaksItElseInItsOwn) {
    const QLocale saved;
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    EXPECT_EQ(i18n::localeOfLanguage(QStringLiteral("en")).name(), QStringLiteral("en_GB"));
    EXPECT_EQ(i18n::localeOfLanguage(QStringLiteral("pl")).name(), QStringLiteral("pl_PL"));
    QLocale::setDefault(QLocale::c());
    EXPECT_EQ(i18n::localeOfLanguage(QStringLiteral("en")).name(), QStringLiteral("en_US"));
    EXPECT_EQ(i18n::localeOfLanguage(QStringLiteral("sv")).name(), QStringLiteral("sv_SE"));
    QLocale::setDefault(saved);
}

TEST(MoneyFormat, AmountsFollowTheLocaleWithTheDatabaseCurrency) {
    EXPECT_EQ(withPlainSpaces(i18n::formatMoney(12345.67, QStringLiteral("PLN"), QLocale(QStringLiteral("pl_PL")))),
              QStringLiteral("12 345,67 zł"));
    EXPECT_EQ(withPlainSpaces(i18n::formatMoney(12345.67, QStringLiteral("SEK"), QLocale(QStringLiteral("sv_SE")))),
              QStringLiteral("12 345,67 kr"));
    EXPECT_EQ(
        i18n::formatMoney(core::Money::fromMinor(1234567), QStringLiteral("GBP"), QLocale(QStringLiteral("en_GB"))),
        QStringLiteral("£12,345.67"));
    EXPECT_EQ(withPlainSpaces(i18n::formatMoney(-5.5, QString(), QLocale(QStringLiteral("ru_RU")))),
              QStringLiteral("-5,50"));
    EXPECT_EQ(i18n::currencySymbol(QStringLiteral("UAH")), QStringLiteral("₴"));
    EXPECT_EQ(i18n::currencySymbol(QStringLiteral("JPY")), QStringLiteral("JPY"));
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
