#pragma once

#include "io/importer.h"

#include <QDialog>

#include <atomic>
#include <map>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace rapport::ui {

/**
 * File > Import: choose what the file holds and the file; see how it was read (encoding, delimiter, header,
 * date and decimal formats) and which field each column fills, with sample values; correct the mapping (and
 * save it under a name for the next file from the same source); a dry run says how many rows would be added,
 * updated and rejected and why; the import itself runs on a worker with progress and Cancel, in one
 * transaction, and writes the rejected rows beside the file.
 */
class ImportDialog final : public QDialog {
    Q_OBJECT

public:
    ImportDialog(QString databasePath, QWidget* parent);
    ~ImportDialog() override;

    void setFile(const QString& path);
    void setKind(io::ImportKind kind);
    /**
     * Starts a dry run or the import on the worker; `runFinished` follows. When no column fills a field the import
     * needs, it says so and emits `runFinished(dryRun, false)` before it returns, without a run.
     */
    void start(bool dryRun);
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] QString resultText() const;
    /** The field chosen for a column (by position), "" when ignored. */
    [[nodiscard]] QString fieldOfColumn(int column) const;
    /** Chooses a column's field as the user does: a column that had the field before no longer fills it. */
    void setFieldOfColumn(int column, const QString& field);

signals:
    /** A run ended: written is true when rows were committed. */
    void runFinished(bool dryRun, bool written);

private:
    void inspect();
    void showLayout(const io::FileLayout& layout);
    /**
     * A field fills from one column: the one just given it. Any other column that had it is set to (ignore), and
     * gets it back when this column moves on to another field.
     */
    void releaseFieldElsewhere(int column);
    /** Shows the field in the column's drop-down, touching no other column. */
    void setFieldQuietly(int column, const QString& field);
    [[nodiscard]] io::ImportOptions options(bool dryRun) const;
    void saveMapping();
    void loadMapping(const QString& name);
    void setRunning(bool running);

    QString m_path;
    io::FileLayout m_layout;
    /** Column -> the column it took its field from, and that field (see releaseFieldElsewhere). */
    std::map<int, std::pair<int, QString>> m_takenFrom;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_file = nullptr;
    QComboBox* m_savedMappings = nullptr;
    QComboBox* m_dateOrder = nullptr;
    QLabel* m_readAs = nullptr;
    QTableWidget* m_mapping = nullptr;
    QCheckBox* m_createCustomers = nullptr;
    QCheckBox* m_keepAnonymous = nullptr;
    QObject* m_wheelFilter = nullptr; // mapping drop-downs: the wheel scrolls the table unless one has the focus
    QPlainTextEdit* m_result = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_dryRun = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
    QTimer* m_poll = nullptr;
    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    std::shared_ptr<std::atomic<std::size_t>> m_bytesRead;
    std::shared_ptr<std::atomic<std::size_t>> m_bytesTotal;
};

} // namespace rapport::ui
