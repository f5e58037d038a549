#include "pages/partnerships_page.h"

#include "app/relationship_edits.h"
#include "commands.h"
#include "dialogs/partnership_dialog.h"
#include "formatting.h"
#include "i18n/domain_terms.h"
#include "partner_network_view.h"
#include "storage/repository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace rapport::ui {

namespace {

enum PartnershipColumn { Partner, Direction, Form, Stage, Value, Since, Bonds, PartnershipColumnCount };

/** Shows text in the user's format but sorts by a number (money, a date). */
class SortKeyItem final : public QTableWidgetItem {
public:
    SortKeyItem(const QString& text, double key)
        : QTableWidgetItem(text)
        , m_key(key) {}
    bool operator<(const QTableWidgetItem& other) const override {
        const auto* keyed = dynamic_cast<const SortKeyItem*>(&other);
        return keyed != nullptr ? m_key < keyed->m_key : QTableWidgetItem::operator<(other);
    }

private:
    double m_key;
};

QString bondsText(const core::Partnership& p) {
    QStringList bonds;
    for (const auto bond : p.bonds) {
        bonds << i18n::term(bond);
    }
    return bonds.join(QStringLiteral(", "));
}

} // namespace

PartnershipsPage::PartnershipsPage(Workspace& workspace, QWidget* parent)
    : Page(workspace, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* tabs = new QTabWidget(this);
    layout->addWidget(tabs);

    auto* listPage = new QWidget(tabs);
    auto* listLayout = new QVBoxLayout(listPage);
    auto* buttons = new QHBoxLayout();
    auto* add = new QPushButton(tr("&New partnership…"), listPage);
    add->setObjectName(QStringLiteral("newPartnership"));
    m_edit = new QPushButton(tr("&Edit…"), listPage);
    m_edit->setObjectName(QStringLiteral("editPartnership"));
    m_stage = new QPushButton(tr("Next &stage…"), listPage);
    m_stage->setObjectName(QStringLiteral("partnershipStageButton"));
    m_stage->setToolTip(tr("Formation, experimentation, identification, renewal: each change is kept in the history"));
    m_end = new QPushButton(tr("En&d (rupture)…"), listPage);
    m_end->setObjectName(QStringLiteral("endPartnership"));
    for (auto* button : {add, m_edit, m_stage, m_end}) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    listLayout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &PartnershipsPage::newPartnership);
    connect(m_edit, &QPushButton::clicked, this, &PartnershipsPage::editPartnership);
    connect(m_stage, &QPushButton::clicked, this, [this] { changeStage(false); });
    connect(m_end, &QPushButton::clicked, this, [this] { changeStage(true); });

    auto* splitter = new QSplitter(Qt::Horizontal, listPage);
    listLayout->addWidget(splitter, 1);
    m_table = new QTableWidget(0, PartnershipColumnCount, splitter);
    m_table->setObjectName(QStringLiteral("partnershipTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Partner"), tr("Direction"), tr("Form"), tr("Stage"), tr("Value shared / year"), tr("Since"), tr("Bonds")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_card = new QTextBrowser(splitter);
    m_card->setObjectName(QStringLiteral("partnershipCard"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_card);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({780, 320}); // the list has seven columns; the card wraps its text
    tabs->addTab(listPage, tr("&List"));

    m_network = new PartnerNetworkView(tabs);
    tabs->addTab(m_network, tr("&Network"));

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0) {
            showPartnership(m_table->item(row, Partner)->data(Qt::UserRole).toLongLong());
        }
    });
    connect(m_table, &QTableWidget::cellActivated, this, [this] { editPartnership(); });
    updateActions();
    connect(m_network, &PartnerNetworkView::partnershipClicked, this, [this, tabs](qlonglong id) {
        tabs->setCurrentIndex(0);
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (m_table->item(row, Partner)->data(Qt::UserRole).toLongLong() == id) {
                m_table->selectRow(row);
            }
        }
    });
}

void PartnershipsPage::databaseChanged() {
    reload();
}

void PartnershipsPage::reload() {
    const qlonglong keep = m_shown; // rebuilding the table moves the current row
    m_partnerships.clear();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    m_card->clear();
    if (m_workspace.repository != nullptr) {
        try {
            m_partnerships = m_workspace.repository->partnerships(); // a few hundred at most
        } catch (const std::exception& error) {
            spdlog::error("reading partnerships failed: {}", error.what());
        }
    }
    m_table->setRowCount(static_cast<int>(m_partnerships.size()));
    for (int row = 0; row < static_cast<int>(m_partnerships.size()); ++row) {
        const auto& p = m_partnerships[static_cast<std::size_t>(row)];
        auto* name = new QTableWidgetItem(fromUtf8(p.partnerName));
        name->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(p.id));
        m_table->setItem(row, Partner, name);
        m_table->setItem(row, Direction, new QTableWidgetItem(i18n::term(p.direction)));
        m_table->setItem(row, Form, new QTableWidgetItem(i18n::term(p.form)));
        m_table->setItem(row, Stage, new QTableWidgetItem(i18n::term(p.stage())));
        auto* bonds = new QTableWidgetItem(bondsText(p));
        bonds->setToolTip(bondsText(p));
        m_table->setItem(row, Bonds, bonds);
        auto* value = new SortKeyItem(formatMoney(p.valueShared), static_cast<double>(p.valueShared.minor()));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, Value, value);
        m_table->setItem(row, Since,
                         new SortKeyItem(formatDate(p.startedOn), p.startedOn ? p.startedOn->days() : -1.0e9));
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Partner, Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    m_network->setPartnerships(m_partnerships);
    int select = m_partnerships.empty() ? -1 : 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Partner)->data(Qt::UserRole).toLongLong() == keep) {
            select = row;
        }
    }
    if (select >= 0) {
        m_table->selectRow(select);
    }
    updateActions();
}

const core::Partnership* PartnershipsPage::current() const {
    const auto it = std::find_if(m_partnerships.begin(), m_partnerships.end(),
                                 [this](const core::Partnership& p) { return p.id == m_shown; });
    return it != m_partnerships.end() ? &*it : nullptr;
}

void PartnershipsPage::updateActions() {
    const auto* p = current();
    m_edit->setEnabled(p != nullptr);
    m_stage->setEnabled(p != nullptr && p->stage() != core::PartnershipStage::Rupture);
    m_end->setEnabled(p != nullptr && p->stage() != core::PartnershipStage::Rupture);
}

void PartnershipsPage::perform(app::Edit edit, const QString& text) {
    if (m_workspace.repository == nullptr) {
        return;
    }
    const auto done =
        saveEdit(this, *m_workspace.undoStack, *m_workspace.repository, *m_workspace.notifier, std::move(edit), text);
    if (done) {
        if (const auto* stored = done->after<core::Partnership>()) {
            m_shown = stored->id;
        }
    }
    reload(); // what is stored now, whoever wrote it
}

void PartnershipsPage::newPartnership() {
    if (m_workspace.repository == nullptr) {
        return;
    }
    core::Partnership blank;
    PartnershipDialog dialog(*m_workspace.repository, blank, this);
    if (dialog.exec() == QDialog::Accepted) {
        const auto p = dialog.partnership();
        try {
            perform(app::addPartnership(p), tr("New partnership with %1").arg(fromUtf8(p.partnerName)));
        } catch (const std::exception& error) {
            QMessageBox::warning(this, tr("New partnership"),
                                 tr("Nothing was changed: %1").arg(fromUtf8(error.what())));
        }
    }
}

void PartnershipsPage::editPartnership() {
    const auto* before = current();
    if (before == nullptr || m_workspace.repository == nullptr) {
        return;
    }
    const auto original = *before;
    PartnershipDialog dialog(*m_workspace.repository, original, this);
    if (dialog.exec() != QDialog::Accepted || dialog.partnership() == original) {
        return;
    }
    try {
        perform(app::changePartnership(original, dialog.partnership()),
                tr("Edit partnership with %1").arg(fromUtf8(original.partnerName)));
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Edit partnership"), tr("Nothing was changed: %1").arg(fromUtf8(error.what())));
    }
}

void PartnershipsPage::changeStage(bool ending) {
    const auto* before = current();
    if (before == nullptr) {
        return;
    }
    const auto original = *before;
    core::PartnershipStage stage = original.stage();
    core::Date since;
    QString note;
    if (!askStageChange(this, original, ending, stage, since, note)) {
        return;
    }
    try {
        perform(ending ? app::endPartnership(original, since, note.toStdString())
                       : app::movePartnershipStage(original, stage, since, note.toStdString()),
                ending ? tr("End partnership with %1").arg(fromUtf8(original.partnerName))
                       : tr("Partnership with %1: %2", "a partner: a lifecycle stage")
                             .arg(fromUtf8(original.partnerName), i18n::term(stage)));
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Partnership stage"), tr("Nothing was changed: %1").arg(fromUtf8(error.what())));
    }
}

void PartnershipsPage::showPartnership(qlonglong id) {
    m_shown = id;
    updateActions();
    const auto it = std::find_if(m_partnerships.begin(), m_partnerships.end(),
                                 [id](const core::Partnership& p) { return p.id == id; });
    if (it == m_partnerships.end()) {
        m_card->clear();
        return;
    }
    const auto& p = *it;
    // The words are translated one by one; the markup stays out of the translations.
    QString html = QStringLiteral("<h2>%1</h2><p>%2 · %3 · %4</p>")
                       .arg(fromUtf8(p.partnerName).toHtmlEscaped(), i18n::term(p.direction).toHtmlEscaped(),
                            i18n::term(p.form).toHtmlEscaped(), i18n::term(p.stage()).toHtmlEscaped());
    const auto field = [](const QString& label, const QString& value) {
        return QStringLiteral("<b>%1</b> %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QStringList facts{field(tr("Bonds:"), bondsText(p)),
                      field(tr("Value shared per year:"), formatMoney(p.valueShared)),
                      field(tr("Started:"), formatDate(p.startedOn))};
    if (p.endedOn) {
        facts << field(tr("Ended:"), formatDate(p.endedOn));
    }
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral("<br>")));
    html += QStringLiteral("<h3>%1</h3><table cellpadding='3'>").arg(tr("Stage history").toHtmlEscaped());
    for (const auto& change : p.stageHistory) {
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td></tr>")
                    .arg(formatDate(change.since), i18n::term(change.stage).toHtmlEscaped(),
                         fromUtf8(change.note).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    if (!p.notes.empty()) {
        html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("Notes"), fromUtf8(p.notes).toHtmlEscaped());
    }
    m_card->setHtml(html);
}

} // namespace rapport::ui
