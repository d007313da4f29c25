#include "core/evidence/PackageArchive.h"

#include <zlib.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace canary {

namespace {

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_write_free(a); }
};
struct ReaderDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};
struct EntryDeleter
{
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};

QString archiveError(archive *a)
{
    const char *msg = archive_error_string(a);
    return msg ? QString::fromLocal8Bit(msg) : QStringLiteral("unknown error");
}

} // namespace

Status PackageArchive::zip(const QString &dir, const QString &zipPath)
{
    std::unique_ptr<archive, ArchiveDeleter> a(archive_write_new());
    archive_write_set_format_zip(a.get());
    if (archive_write_open_filename(a.get(), QFile::encodeName(zipPath).constData()) != ARCHIVE_OK)
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(zipPath, archiveError(a.get())));
    const QDir root(dir);
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).absoluteFilePath() == QFileInfo(zipPath).absoluteFilePath())
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Status::failure(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
        const QByteArray bytes = f.readAll();
        std::unique_ptr<archive_entry, EntryDeleter> e(archive_entry_new());
        archive_entry_set_pathname(e.get(), root.relativeFilePath(path).toUtf8().constData());
        archive_entry_set_size(e.get(), bytes.size());
        archive_entry_set_filetype(e.get(), AE_IFREG);
        archive_entry_set_perm(e.get(), 0644);
        archive_entry_set_mtime(e.get(), QFileInfo(path).lastModified().toSecsSinceEpoch(), 0);
        if (archive_write_header(a.get(), e.get()) != ARCHIVE_OK ||
            archive_write_data(a.get(), bytes.constData(), static_cast<size_t>(bytes.size())) < 0)
            return Status::failure(QStringLiteral("cannot add %1 to %2: %3").arg(path, zipPath, archiveError(a.get())));
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return Status::failure(QStringLiteral("cannot finish %1: %2").arg(zipPath, archiveError(a.get())));
    return Done{};
}

Status PackageArchive::unzip(const QString &zipPath, const QString &intoDir)
{
    std::unique_ptr<archive, ReaderDeleter> a(archive_read_new());
    archive_read_support_format_zip(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(zipPath).constData(), 65536) != ARCHIVE_OK)
        return Status::failure(QStringLiteral("cannot open %1 as a zip: %2").arg(zipPath, archiveError(a.get())));
    archive_entry *e = nullptr;
    int rc;
    while ((rc = archive_read_next_header(a.get(), &e)) == ARCHIVE_OK) {
        const QString name = QString::fromUtf8(archive_entry_pathname_utf8(e) ? archive_entry_pathname_utf8(e)
                                                                              : archive_entry_pathname(e));
        const auto type = archive_entry_filetype(e);
        if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
            name.split(QLatin1Char('/')).contains(QStringLiteral("..")))
            return Status::failure(QStringLiteral("%1: unsafe path in the zip: %2").arg(zipPath, name));
        if (type == AE_IFDIR) {
            QDir(intoDir).mkpath(name);
            continue;
        }
        if (type != AE_IFREG || archive_entry_hardlink(e) || archive_entry_symlink(e))
            return Status::failure(
                QStringLiteral("%1: %2 is a link or special file, not allowed in evidence").arg(zipPath, name));
        const QString target = QDir(intoDir).filePath(name);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly))
            return Status::failure(QStringLiteral("cannot write %1: %2").arg(target, out.errorString()));
        const void *buf = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        int r;
        while ((r = archive_read_data_block(a.get(), &buf, &size, &offset)) == ARCHIVE_OK)
            out.write(static_cast<const char *>(buf), static_cast<qint64>(size));
        if (r != ARCHIVE_EOF)
            return Status::failure(QStringLiteral("%1: cannot read %2: %3").arg(zipPath, name, archiveError(a.get())));
    }
    if (rc != ARCHIVE_EOF)
        return Status::failure(QStringLiteral("%1 is not a readable zip: %2").arg(zipPath, archiveError(a.get())));
    return Done{};
}

Status PackageArchive::gzipFile(const QString &from, const QString &to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return Status::failure(QStringLiteral("%1: %2").arg(from, in.errorString()));
    gzFile gz = gzopen(QFile::encodeName(to).constData(), "wb6");
    if (!gz)
        return Status::failure(QStringLiteral("cannot write %1").arg(to));
    bool ok = true;
    while (ok && !in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        ok = gzwrite(gz, chunk.constData(), static_cast<unsigned>(chunk.size())) == chunk.size();
    }
    ok = gzclose(gz) == Z_OK && ok;
    if (!ok)
        return Status::failure(QStringLiteral("cannot write %1").arg(to));
    return Done{};
}

} // namespace canary
