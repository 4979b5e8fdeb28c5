// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

class SandboxStore;

// The S3 part of --demo, written straight into the store (no HTTP), only when it holds no bucket:
// - photos (us-east-1): 10,000 small JPEG-like objects, YYYY/MM/ALBUM/IMG_NNNN.jpg, four sizes;
// - www-example (us-east-1): a public website (bucket policy) with index.html, error.html,
//   blog/index.html and a routing rule old-blog/ → blog/;
// - tricky-keys (us-east-1): one object per hostile key (trickyS3Keys() in core), its body the key;
// - empty (eu-west-1, or the first region when eu-west-1 is not served).
namespace S3DemoData {

constexpr int kPhotoCount = 10000;

// False, with *error set, when the store refused something; seeding nothing is not an error.
bool seed(SandboxStore *store, const QStringList &regions, const QDateTime &now, QString *error = nullptr);
QByteArray websiteXml();
QByteArray websitePolicy();

} // namespace S3DemoData
