// The database's currency in the app: amounts in the customer list and on the card with its sign in the reader's
// locale ("1 234,50 zł"), money typed the locale's way, the change as an undoable command with its warning, and a
// colleague's change followed without a restart.
#include "core/currency.h"
#include "customer_details_view.h"
#include "customer_list_model.h"
#include "dialogs/currency_dialog.h"
#include "formatting.h"
#include "i18n/money_format.h"
#include "main_window.h"
#include "money_input.h"
#include "storage/fixtures.h"

#include <QComboBox>
#include <QLabel>
#include <QLayout>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace rapport;
using namespace rapport::test;

namespace {

std::int64_t minorOf(const std::optional<core::Money>& money) {
    return money ? money->minor() : -999'999;
}

std::int64_t parsed(const QString& text, const char* locale, const QString& currency = {}) {
    return minorOf(ui::parseMoneyInput(text, QLocale(QLatin1String(locale)), currency));
}

/** Any test here may set a currency and a locale; the next one starts without either. */
class CurrencyUiTest : public ::testing::Test {
protected:
    void TearDown() override {
        ui::setDatabaseCurrency({});
        QLocale::setDefault(QLocale::c());
    }
};

class MoneyInput : public CurrencyUiTest {};

/** A database in złoty with a customer who bought for 12 345,67. */
class CurrencyWindowTest : public CurrencyUiTest {
protected:
    void SetUp() override {
        storage::OpenOptions options;
        options.currency = core::Currency::parse("PLN");
        auto repository = storage::openRepository(path(), options);
        m_customer = repository->addCustomer(makeCustomer("Łucja Wiśniewska"));
        repository->addEpisode(makePurchase(m_customer, "2025-11-03", 1'234'567));
    }
    [[nodiscard]] std::string path() const { return m_dir.file("pln.sqlite"); }
    /** The revenue column of the customer's row, as the list shows it. */
    static QString revenueShown(ui::MainWindow& window) {
        auto* model = window.customerModel();
        return model->data(model->index(0, ui::CustomerListModel::Revenue)).toString();
    }
    static QString inPolish(double amount, const char* code) {
        return i18n::formatMoney(amount, QLatin1String(code), QLocale(QStringLiteral("pl_PL")));
    }

    TempDir m_dir;
    core::CustomerId m_customer = 0;
};

} // namespace

TEST_F(MoneyInput, PolishSwedishRussianAndUkrainianTakeTheDecimalComma) {
    for (const char* locale : {"pl_PL", "sv_SE", "ru_RU", "uk_UA"}) {
        EXPECT_EQ(parsed(QStringLiteral("12,50"), locale), 1'250) << locale;
        EXPECT_EQ(parsed(QStringLiteral("1 234,50"), locale), 123'450) << locale;
        EXPECT_EQ(parsed(QStringLiteral("1\u00a0234,5"), locale), 123'450) << locale; // as the locale writes it
        EXPECT_EQ(parsed(QStringLiteral("1\u202f234,50"), locale), 123'450) << locale;
        EXPECT_EQ(parsed(QStringLiteral("1234.50"), locale), 123'450) << locale; // the keypad's point
        EXPECT_EQ(parsed(QStringLiteral("-12,50"), locale), -1'250) << locale;
        EXPECT_EQ(parsed(QStringLiteral("\u221212,50"), locale), -1'250) << locale; // Swedish writes U+2212
        EXPECT_EQ(parsed(QStringLiteral(" 7 "), locale), 700) << locale;
    }
}

TEST_F(MoneyInput, EnglishAndGermanGroupTheirOwnWay) {
    EXPECT_EQ(parsed(QStringLiteral("1,234.50"), "en_GB"), 123'450);
    EXPECT_EQ(parsed(QStringLiteral("1234.5"), "en_US"), 123'450);
    EXPECT_EQ(parsed(QStringLiteral("1.234,50"), "de_DE"), 123'450);
    EXPECT_EQ(parsed(QStringLiteral("1,250"), "en_GB"), 125'000); // three digits: a group
    EXPECT_EQ(parsed(QStringLiteral("1.250"), "de_DE"), 125'000);
    // One or two digits after the grouping mark cannot be a group: the other convention's decimal separator.
    EXPECT_EQ(parsed(QStringLiteral("129,90"), "en_GB"), 12'990);
    EXPECT_EQ(parsed(QStringLiteral("12,5"), "en_US"), 1'250);
    EXPECT_EQ(parsed(QStringLiteral("12.50"), "de_DE"), 1'250);
    EXPECT_EQ(parsed(QStringLiteral("129,90"), "C"), 12'990);
    // Groups that are not groups of three, or both marks the wrong way round: refused, not guessed.
    for (const char* text : {"1,25,0", "12,50.5", "1,2345", "1.234,5"}) {
        EXPECT_EQ(parsed(QString::fromUtf8(text), "en_GB"), -999'999) << text;
    }
}

TEST_F(MoneyInput, TheDatabasesSignIsIgnoredAndEverythingElseRefused) {
    EXPECT_EQ(parsed(QStringLiteral("12,50 zł"), "pl_PL", QStringLiteral("PLN")), 1'250);
    EXPECT_EQ(parsed(QStringLiteral("12,50 PLN"), "pl_PL", QStringLiteral("PLN")), 1'250);
    EXPECT_EQ(parsed(QStringLiteral("£1,234.50"), "en_GB", QStringLiteral("GBP")), 123'450);
    // Another currency's sign is not this database's: refused, not silently read as złoty.
    EXPECT_EQ(parsed(QStringLiteral("12,50 kr"), "pl_PL", QStringLiteral("PLN")), -999'999);
    EXPECT_EQ(parsed(QStringLiteral("12 zł"), "pl_PL"), -999'999); // no currency set: a sign is not a number
    for (const char* text : {"", " ", "abc", "1,2,3", "12,345", "1 234,567", "--5", "1e3", "12,50,1"}) {
        EXPECT_EQ(parsed(QString::fromUtf8(text), "pl_PL"), -999'999) << text; // more than two decimals: refused
    }
}

TEST_F(MoneyInput, AFieldStartsWithTheLocalesNumberAndShowsTheCurrencyAfterIt) {
    EXPECT_EQ(ui::moneyInputText(core::Money::fromMinor(123'450), QLocale(QStringLiteral("pl_PL"))),
              QStringLiteral("1234,50"));
    QLocale::setDefault(QLocale(QStringLiteral("pl_PL")));
    ui::setDatabaseCurrency(QStringLiteral("PLN"));
    ui::MoneyEdit field;
    EXPECT_EQ(field.suffix(), QStringLiteral("zł"));
    field.setText(QStringLiteral("1 234,50"));
    EXPECT_EQ(minorOf(field.money()), 123'450);
    field.setMoney(core::Money::fromMinor(-500));
    EXPECT_EQ(field.text(), QStringLiteral("-5,00"));
    ui::setDatabaseCurrency({});
    EXPECT_TRUE(ui::MoneyEdit().suffix().isEmpty()); // no currency: no sign
}

TEST_F(CurrencyWindowTest, TheCustomerListShowsZlotyInPolish) {
    QLocale::setDefault(QLocale(QStringLiteral("pl_PL")));
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(path())));
    EXPECT_EQ(ui::databaseCurrency(), QStringLiteral("PLN"));
    const QString shown = revenueShown(window);
    EXPECT_TRUE(shown.endsWith(QStringLiteral("zł"))) << shown.toStdString();
    EXPECT_EQ(shown, inPolish(12345.67, "PLN")) << shown.toStdString();
    EXPECT_EQ(QString(shown).replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' ')),
              QStringLiteral("12 345,67 zł"));
    // In English the same database's amounts are still złoty: the currency is the database's, not the reader's.
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    window.customerModel()->reload();
    EXPECT_TRUE(revenueShown(window).contains(QStringLiteral("zł"))) << revenueShown(window).toStdString();
    EXPECT_FALSE(revenueShown(window).contains(QStringLiteral("£")));
}

TEST_F(CurrencyWindowTest, AChangeIsUndoableAndNothingIsConverted) {
    QLocale::setDefault(QLocale(QStringLiteral("pl_PL")));
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(path())));
    EXPECT_EQ(window.changeCurrency(QStringLiteral("SEK")), QString());
    EXPECT_EQ(revenueShown(window), inPolish(12345.67, "SEK")); // the same number, another sign
    EXPECT_EQ(storage::openRepository(path())->currency()->code(), "SEK");
    ASSERT_TRUE(window.undoStack()->canUndo());
    window.undoStack()->undo();
    EXPECT_EQ(revenueShown(window), inPolish(12345.67, "PLN"));
    EXPECT_EQ(storage::openRepository(path())->currency()->code(), "PLN");
    window.undoStack()->redo();
    EXPECT_EQ(ui::databaseCurrency(), QStringLiteral("SEK"));

    EXPECT_FALSE(window.changeCurrency(QStringLiteral("ABC1")).isEmpty()); // refused, nothing pushed
    EXPECT_EQ(window.undoStack()->count(), 1);
    EXPECT_EQ(storage::openRepository(path())->currency()->code(), "SEK");
}

TEST_F(CurrencyWindowTest, AChangeMadeElsewhereIsFollowed) {
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(QString::fromStdString(path())));
    storage::openRepository(path())->setCurrency(core::Currency::parse("PLN"), core::Currency::parse("EUR"));
    // The window looks for changes by others every two seconds.
    EXPECT_TRUE(QTest::qWaitFor([] { return ui::databaseCurrency() == QStringLiteral("EUR"); }, 20'000));
    EXPECT_TRUE(revenueShown(window).contains(QStringLiteral("€"))) << revenueShown(window).toStdString();
}

TEST_F(CurrencyUiTest, TheFirstChoiceDialogHasNoEmptyBandsBetweenItsLines) {
    // Seen at 1280x800: the dialog took the height its wrapped texts need at a narrower width, and the extra
    // height stood as an empty band between the currency and the warning.
    ui::CurrencyDialog dialog({}, QStringLiteral("USD"), ui::CurrencyDialog::Purpose::FirstChoice, nullptr);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    const int spacing = dialog.layout()->spacing();
    const int gap = dialog.warning()->geometry().top() - dialog.currencies()->geometry().bottom();
    const QFontMetrics metrics(dialog.warning()->font());
    // The warning's text fills its label: no taller than its lines at the label's width.
    const int textHeight =
        metrics.boundingRect(QRect(0, 0, dialog.warning()->width(), 10000), Qt::TextWordWrap, dialog.warning()->text())
            .height();
    EXPECT_LE(dialog.warning()->height(), textHeight + 2 * spacing) << "text " << textHeight;
    EXPECT_LE(gap, 3 * spacing) << "between the currency and the warning";
    EXPECT_GE(dialog.width(), 460);
}

TEST_F(CurrencyUiTest, TheDialogSaysAmountsAreNotConverted) {
    ui::CurrencyDialog dialog(QStringLiteral("PLN"), {}, ui::CurrencyDialog::Purpose::Change, nullptr);
    EXPECT_EQ(dialog.chosen(), QStringLiteral("PLN"));
    EXPECT_FALSE(dialog.warning()->text().contains(QStringLiteral("not converted")));
    dialog.currencies()->setCurrentIndex(dialog.currencies()->findData(QStringLiteral("SEK")));
    EXPECT_EQ(dialog.warning()->text(),
              QStringLiteral("Amounts are not converted; every amount in this database will be shown in SEK."));
    // Every ISO 4217 currency can be chosen, the usual ones first.
    EXPECT_EQ(dialog.currencies()->itemData(0).toString(), QStringLiteral("PLN"));
    EXPECT_GE(dialog.currencies()->findData(QStringLiteral("JPY")), 0);
}
