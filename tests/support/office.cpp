#include "support/office.h"

#include "support/temp_dir.h"

#include <cstdio>
#include <cstdlib>
#include <stdexcept>

namespace rapport::test {

namespace {

std::string quoted(const std::string& text) {
    std::string out = "'";
    for (const char c : text) {
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

bool onPath(const char* program) {
    return std::system((std::string("command -v ") + program + " >/dev/null 2>&1").c_str()) == 0;
}

} // namespace

std::vector<std::vector<std::string>> parseCsv(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quotedField = false;
    bool any = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quotedField) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quotedField = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"') {
            quotedField = true;
            any = true;
        } else if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
            any = true;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
                ++i;
            }
            row.push_back(std::move(field));
            field.clear();
            rows.push_back(std::move(row));
            row.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.empty()) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
    }
    return rows;
}

bool haveLibreOffice() {
    return onPath("soffice");
}

bool havePdfToText() {
    return onPath("pdftotext");
}

std::map<std::string, std::vector<std::vector<std::string>>>
sheetsViaLibreOffice(const std::filesystem::path& xlsx, const std::filesystem::path& workDir, bool asShown) {
    namespace fs = std::filesystem;
    const fs::path out = workDir / (asShown ? "lo-shown" : "lo-values");
    fs::create_directories(out);
    // Filter options: comma, double quote, UTF-8 (76), from line 1, ..., "save as shown", ..., -1 = every sheet.
    const std::string filter = std::string("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,") +
                               (asShown ? "true" : "false") + ",false,false,-1";
    const std::string command = "soffice -env:UserInstallation=file://" + (workDir / "lo-profile").string() +
                                " --headless --convert-to " + quoted(filter) + " --outdir " + quoted(out.string()) +
                                " " + quoted(xlsx.string()) + " >" + quoted((workDir / "lo.log").string()) + " 2>&1";
    if (std::system(command.c_str()) != 0) {
        throw std::runtime_error("LibreOffice could not convert " + xlsx.string() + ": " +
                                 readBytes((workDir / "lo.log").string()));
    }
    // With several sheets LibreOffice writes STEM-SHEET.csv for each; with one, STEM.csv.
    std::map<std::string, std::vector<std::vector<std::string>>> sheets;
    const std::string stem = xlsx.stem().string();
    for (const auto& entry : fs::directory_iterator(out)) {
        const std::string name = entry.path().stem().string();
        if (entry.path().extension() != ".csv" || name.rfind(stem, 0) != 0) {
            continue;
        }
        const std::string sheet = name.size() > stem.size() ? name.substr(stem.size() + 1) : name;
        sheets[sheet] = parseCsv(readBytes(entry.path().string()));
    }
    return sheets;
}

std::string pdfText(const std::filesystem::path& pdf) {
    const std::filesystem::path text = pdf.string() + ".txt";
    const std::string command = "pdftotext -layout " + quoted(pdf.string()) + " " + quoted(text.string());
    if (std::system(command.c_str()) != 0) {
        throw std::runtime_error("pdftotext could not read " + pdf.string());
    }
    return readBytes(text.string());
}

} // namespace rapport::test
