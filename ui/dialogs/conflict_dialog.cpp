#include "dialogs/conflict_dialog.h"

#include "core/text_join.h"
#include "formatting.h"
#include "i18n/domain_terms.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

QString joined(const auto& values) {
    return fromUtf8(core::joined(values, ", "));
}

/** What the edit dialog shows of a customer, as text: the fields a person can change. */
std::vector<std::pair<QString, QString>> fields(const core::Customer& c) {
    return {
        {ConflictDialog::tr("Name"), fromUtf8(c.displayName)},
        {ConflictDialog::tr("Legal name"), fromUtf8(c.legalName)},
        {ConflictDialog::tr("Kind"), i18n::term(c.kind)},
        {ConflictDialog::tr("Market"), i18n::term(c.market)},
        {ConflictDialog::tr("Street"), fromUtf8(c.address.street)},
        {ConflictDialog::tr("Postcode"), fromUtf8(c.address.postcode)},
        {ConflictDialog::tr("City"), fromUtf8(c.address.city)},
        {ConflictDialog::tr("Region"), fromUtf8(c.address.region)},
        {ConflictDialog::tr("Country"), fromUtf8(c.address.country)},
        {ConflictDialog::tr("E-mails"), joined(c.emails)},
        {ConflictDialog::tr("Phones"), joined(c.phones)},
        {ConflictDialog::tr("Segment"), fromUtf8(c.segment)},
        {ConflictDialog::tr("Owner"), fromUtf8(c.owner)},
        {ConflictDialog::tr("Shared with the team"), c.shared ? ConflictDialog::tr("yes") : ConflictDialog::tr("no")},
        {ConflictDialog::tr("Tags"), joined(c.tags)},
        {ConflictDialog::tr("Acquired on"), formatDate(c.acquiredOn)},
        {ConflictDialog::tr("Acquisition cost"), formatMoney(c.acquisitionCost)},
        {ConflictDialog::tr("External reference"), fromUtf8(c.externalRef)},
        {ConflictDialog::tr("Notes"), fromUtf8(c.notes)},
        {ConflictDialog::tr("Consent records"), formatCount(static_cast<qlonglong>(c.consents.size()))},
    };
}

} // namespace

std::vector<std::array<QString, 3>> ConflictDialog::differences(const core::Customer& mine,
                                                                const core::Customer& theirs) {
    const auto a = fields(mine);
    const auto b = fields(theirs);
    std::vector<std::array<QString, 3>> result;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].second != b[i].second) {
            result.push_back({a[i].first, a[i].second, b[i].second});
        }
    }
    return result;
}

ConflictDialog::ConflictDialog(const core::Customer& mine, const core::Customer& theirs, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Changed by someone else"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("<b>%1</b> was saved by someone else while you edited it. Nothing has been "
                                "overwritten. Choose which version to keep:")
                                 .arg(fromUtf8(theirs.displayName).toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const auto rows = differences(mine, theirs);
    auto* table = new QTableWidget(static_cast<int>(rows.size()), 3, this);
    table->setObjectName(QStringLiteral("conflictTable"));
    table->setHorizontalHeaderLabels({tr("Field"), tr("Your version"), tr("Saved meanwhile")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        for (int c = 0; c < 3; ++c) {
            table->setItem(r, c, new QTableWidgetItem(rows[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)]));
        }
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->resizeRowsToContents();
    table->setMinimumWidth(560);
    table->setMaximumHeight(table->horizontalHeader()->height() + table->verticalHeader()->length() + 4);
    layout->addWidget(table);

    auto* buttons = new QDialogButtonBox(this);
    auto* keepMine = buttons->addButton(tr("Keep &my version"), QDialogButtonBox::AcceptRole);
    keepMine->setObjectName(QStringLiteral("keepMine"));
    auto* keepTheirs = buttons->addButton(tr("Keep the &saved version"), QDialogButtonBox::RejectRole);
    keepTheirs->setObjectName(QStringLiteral("keepTheirs"));
    keepTheirs->setDefault(true); // the safe choice: what is saved stays
    connect(keepMine, &QPushButton::clicked, this, [this] {
        m_keepMine = true;
        accept();
    });
    connect(keepTheirs, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace rapport::ui
