<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="37"/>
        <source>About Skylight</source>
        <translation>Skylight について</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="49"/>
        <source>&lt;h2&gt;Skylight %1&lt;/h2&gt;&lt;p&gt;A desktop console for public and private clouds: EC2 instances, their maintenance schedule, S3 buckets and static websites.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Skylight %1&lt;/h2&gt;&lt;p&gt;パブリッククラウドとプライベートクラウドのためのデスクトップコンソール: EC2 インスタンスとそのメンテナンススケジュール、S3 バケット、静的ウェブサイトを扱います。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="59"/>
        <source>Revision:</source>
        <translation>リビジョン:</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="60"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="61"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (%2 でビルド)</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="62"/>
        <source>OpenSSL:</source>
        <translation>OpenSSL:</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="63"/>
        <source>QtKeychain:</source>
        <translation>QtKeychain:</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="63"/>
        <source>version unknown</source>
        <translation>バージョン不明</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="68"/>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="72"/>
        <source>Licences</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="74"/>
        <source>&lt;p&gt;&lt;b&gt;Skylight&lt;/b&gt; is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Skylight&lt;/b&gt; はフリーソフトウェアです。GNU General Public License バージョン 3、または (任意で) それ以降のバージョン (GPL-3.0-or-later) の条件の下で再配布または改変できます。無保証です。&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="78"/>
        <source>&lt;p&gt;&lt;b&gt;Qt&lt;/b&gt; is used under the GNU Lesser General Public License version 3 (LGPL-3.0); some Qt modules, such as Qt Charts, are available under the GPL only. &lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qt&lt;/b&gt; は GNU Lesser General Public License バージョン 3 (LGPL-3.0) の下で使用しています。Qt Charts など一部の Qt モジュールは GPL でのみ提供されています。&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="82"/>
        <source>&lt;p&gt;&lt;b&gt;OpenSSL&lt;/b&gt; 3 is licensed under the Apache License 2.0 (Apache-2.0).&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;OpenSSL&lt;/b&gt; 3 は Apache License 2.0 (Apache-2.0) の下でライセンスされています。&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="84"/>
        <source>&lt;p&gt;&lt;b&gt;QtKeychain&lt;/b&gt; is licensed under the BSD 3-Clause licence (BSD-3-Clause). &lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;QtKeychain&lt;/b&gt; は BSD 3-Clause ライセンス (BSD-3-Clause) の下でライセンスされています。&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="91"/>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="92"/>
        <source>About Qt</source>
        <translation>Qt について</translation>
    </message>
</context>
<context>
    <name>AccessControlPolicy</name>
    <message>
        <location filename="../core/s3/aclparser.cpp" line="94"/>
        <source>public read and write</source>
        <translation>パブリックな読み取りと書き込み</translation>
    </message>
    <message>
        <location filename="../core/s3/aclparser.cpp" line="96"/>
        <source>public read</source>
        <translation>パブリックな読み取り</translation>
    </message>
    <message>
        <location filename="../core/s3/aclparser.cpp" line="98"/>
        <source>authenticated users read</source>
        <translation>認証済みユーザーの読み取り</translation>
    </message>
    <message>
        <location filename="../core/s3/aclparser.cpp" line="100"/>
        <source>private</source>
        <translation>非公開</translation>
    </message>
</context>
<context>
    <name>AdHocProfile</name>
    <message>
        <location filename="../core/clouds/adhocprofile.cpp" line="18"/>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; は http:// または https:// の URL ではありません</translation>
    </message>
    <message>
        <location filename="../core/clouds/adhocprofile.cpp" line="32"/>
        <source>Eucalyptus needs the cloud&apos;s URL, such as http://HOST:8773</source>
        <translation>Eucalyptus にはクラウドの URL (http://HOST:8773 など) が必要です</translation>
    </message>
    <message>
        <location filename="../core/clouds/adhocprofile.cpp" line="54"/>
        <source>an S3-compatible store needs its URL</source>
        <translation>S3 互換ストレージには URL が必要です</translation>
    </message>
    <message>
        <location filename="../core/clouds/adhocprofile.cpp" line="61"/>
        <source>the sandbox needs its URL, such as http://127.0.0.1:PORT</source>
        <translation>サンドボックスには URL (http://127.0.0.1:PORT など) が必要です</translation>
    </message>
</context>
<context>
    <name>AdvancedProfileSection</name>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="31"/>
        <source>Advanced settings</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="32"/>
        <location filename="../ui/advancedprofilesection.cpp" line="107"/>
        <source>Show advanced settings</source>
        <translation>詳細設定を表示</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="43"/>
        <source>Signature Version 4</source>
        <translation>署名バージョン 4</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="44"/>
        <source>Query Signature Version 2 (HmacSHA256)</source>
        <translation>クエリ署名バージョン 2 (HmacSHA256)</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="45"/>
        <source>Query Signature Version 2 (HmacSHA1)</source>
        <translation>クエリ署名バージョン 2 (HmacSHA1)</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="46"/>
        <source>EC2 signing</source>
        <translation>EC2 の署名</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="48"/>
        <source>Signature Version 4 (S3)</source>
        <translation>署名バージョン 4 (S3)</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="49"/>
        <source>HMAC-v1 (AWS)</source>
        <translation>HMAC-v1 (AWS)</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="50"/>
        <source>HMAC-v1 (GOOG1)</source>
        <translation>HMAC-v1 (GOOG1)</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="51"/>
        <source>LOW (Internet Archive, HTTPS only)</source>
        <translation>LOW (Internet Archive、HTTPS のみ)</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="52"/>
        <source>S3 signing</source>
        <translation>S3 の署名</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="55"/>
        <source>Automatic (path-style for dotted names, IPs and ports)</source>
        <translation>自動 (ドットを含む名前、IP アドレス、ポート指定ではパス形式)</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="56"/>
        <source>Virtual host (bucket.host)</source>
        <translation>仮想ホスト形式 (bucket.host)</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="57"/>
        <source>Path-style (host/bucket)</source>
        <translation>パス形式 (host/bucket)</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="58"/>
        <source>Bucket addressing</source>
        <translation>バケットのアドレス指定</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="60"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="61"/>
        <source>EC2 API version</source>
        <translation>EC2 API バージョン</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="63"/>
        <source>e.g. http://{bucket}.web.example.com (optional)</source>
        <translation>例: http://{bucket}.web.example.com (省略可)</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="64"/>
        <source>Where this cloud serves bucket websites, when it has no fixed rule: {bucket} stands for the bucket name; without it the name is appended.</source>
        <translation>固定の規則がない場合に、このクラウドがバケットのウェブサイトを公開する場所です。{bucket} はバケット名に置き換えられます。含まれない場合は末尾にバケット名が付加されます。</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="67"/>
        <source>Website endpoint</source>
        <translation>ウェブサイトのエンドポイント</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="69"/>
        <source>PEM file of extra trusted CAs (optional)</source>
        <translation>追加で信頼する CA の PEM ファイル (省略可)</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="70"/>
        <location filename="../ui/advancedprofilesection.cpp" line="94"/>
        <source>CA file</source>
        <translation>CA ファイル</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="71"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="72"/>
        <source>Choose a CA file</source>
        <translation>CA ファイルの選択</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="77"/>
        <source>SHA-256 fingerprint of a trusted certificate (optional)</source>
        <translation>信頼する証明書の SHA-256 フィンガープリント (省略可)</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="78"/>
        <source>Pinned certificate fingerprint</source>
        <translation>固定する証明書のフィンガープリント</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="80"/>
        <source>EC2 signing:</source>
        <translation>EC2 の署名:</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="81"/>
        <source>S3 signing:</source>
        <translation>S3 の署名:</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="82"/>
        <source>Bucket addressing:</source>
        <translation>バケットのアドレス指定:</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="83"/>
        <source>EC2 API version:</source>
        <translation>EC2 API バージョン:</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="84"/>
        <source>Website endpoint:</source>
        <translation>ウェブサイトのエンドポイント:</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="85"/>
        <source>CA file:</source>
        <translation>CA ファイル:</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="88"/>
        <source>Pinned certificate:</source>
        <translation>固定する証明書:</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="96"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="107"/>
        <source>Hide advanced settings</source>
        <translation>詳細設定を隠す</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../core/s3/bodydigest.cpp" line="45"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location filename="../core/s3/bodydigest.cpp" line="52"/>
        <source>%1 ended early (did it change while being read?)</source>
        <translation>%1 が途中で終わりました (読み取り中に変更されましたか?)</translation>
    </message>
    <message>
        <location filename="../core/s3/listobjectsparser.cpp" line="95"/>
        <source>the listing says there is more but gives no way to ask for it</source>
        <translation>一覧には続きがあるとされていますが、続きを取得する方法が示されていません</translation>
    </message>
    <message>
        <location filename="../core/s3/multipartparsers.cpp" line="25"/>
        <source>the server started an upload but gave no upload id</source>
        <translation>サーバーはアップロードを開始しましたが、アップロード ID を返しませんでした</translation>
    </message>
    <message>
        <location filename="../core/s3/multipartparsers.cpp" line="66"/>
        <source>the part list says there is more but gives no marker</source>
        <translation>パートの一覧には続きがあるとされていますが、マーカーがありません</translation>
    </message>
    <message>
        <location filename="../core/s3/multipartparsers.cpp" line="101"/>
        <source>the upload list says there is more but gives no marker</source>
        <translation>アップロードの一覧には続きがあるとされていますが、マーカーがありません</translation>
    </message>
    <message>
        <location filename="../core/s3/multipartparsers.cpp" line="133"/>
        <source>the server&apos;s answer to completing the upload has no ETag</source>
        <translation>アップロード完了に対するサーバーの応答に ETag がありません</translation>
    </message>
    <message>
        <location filename="../core/s3/multipartparsers.cpp" line="156"/>
        <source>the server&apos;s answer to copying a part has no ETag</source>
        <translation>パートのコピーに対するサーバーの応答に ETag がありません</translation>
    </message>
    <message>
        <location filename="../core/s3/xmldocument.cpp" line="355"/>
        <source>the answer declares a DTD, which Skylight never reads</source>
        <translation>応答で DTD が宣言されています (Skylight は DTD を読み込みません)</translation>
    </message>
    <message>
        <location filename="../core/s3/xmldocument.cpp" line="360"/>
        <source>expected &lt;%1&gt;, the answer has &lt;%2&gt;</source>
        <translation>&lt;%1&gt; を期待しましたが、応答は &lt;%2&gt; です</translation>
    </message>
    <message>
        <location filename="../core/s3/xmldocument.cpp" line="365"/>
        <source>the answer nests deeper than %1 levels</source>
        <translation>応答の入れ子が %1 階層より深くなっています</translation>
    </message>
    <message>
        <location filename="../core/s3/xmldocument.cpp" line="393"/>
        <source>the answer is not well-formed XML (%1 at line %2)</source>
        <translation>応答が整形式の XML ではありません (%2 行目: %1)</translation>
    </message>
    <message>
        <location filename="../core/s3/xmldocument.cpp" line="397"/>
        <source>the answer is empty</source>
        <translation>応答が空です</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="99"/>
        <source>no error</source>
        <translation>エラーなし</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="100"/>
        <source>The server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="106"/>
        <source>%1 replied %2</source>
        <translation>%1 の応答: %2</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="107"/>
        <source>%1 replied %2 to %3 %4</source>
        <translation>%1 の応答: %2 (%3 %4 に対して)</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="110"/>
        <source>%1 (%2 %3)</source>
        <comment>a sentence, then the request&apos;s method and resource</comment>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="114"/>
        <source>%1: %2</source>
        <comment>the error, then the server&apos;s own message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="116"/>
        <source>%1 (request id %2)</source>
        <translation>%1 (リクエスト ID %2)</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="123"/>
        <source>The server computed a different signature: the secret key or the signing settings (region, signature version) do not match this cloud.</source>
        <translation>サーバーが計算した署名と一致しません。シークレットキーまたは署名の設定 (リージョン、署名バージョン) がこのクラウドと合っていません。</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="126"/>
        <source>The server does not know this access key.</source>
        <translation>サーバーはこのアクセスキーを認識していません。</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="128"/>
        <source>The presigned link has expired.</source>
        <translation>署名付きリンクの有効期限が切れています。</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="130"/>
        <source>Access is denied for this key.</source>
        <translation>このキーではアクセスが拒否されています。</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="133"/>
        <source>The data the server received does not match its checksum: it was changed or cut short on the way.</source>
        <translation>サーバーが受信したデータがチェックサムと一致しません。途中で変更されたか、途切れました。</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="136"/>
        <source>This computer&apos;s clock is too far from the server&apos;s.</source>
        <translation>このコンピューターの時計がサーバーの時計と大きくずれています。</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="138"/>
        <source>The bucket does not exist.</source>
        <translation>バケットが存在しません。</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="140"/>
        <source>The object does not exist.</source>
        <translation>オブジェクトが存在しません。</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="143"/>
        <source>The server asked Skylight to slow down and kept refusing.</source>
        <translation>サーバーから速度を落とすよう求められ、拒否され続けました。</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="146"/>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="148"/>
        <source>The connection to the server failed.</source>
        <translation>サーバーへの接続に失敗しました。</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="150"/>
        <source>The server stopped answering.</source>
        <translation>サーバーが応答しなくなりました。</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="152"/>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>サーバーの証明書は信頼されていません。</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="155"/>
        <source>The server refused the request (HTTP %1).</source>
        <translation>サーバーがリクエストを拒否しました (HTTP %1)。</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="157"/>
        <source>Cancelled.</source>
        <translation>キャンセルされました。</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="159"/>
        <source>The request could not be signed.</source>
        <translation>リクエストに署名できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="161"/>
        <source>The server&apos;s answer could not be read.</source>
        <translation>サーバーの応答を読み取れませんでした。</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="163"/>
        <source>The request is not valid.</source>
        <translation>リクエストが正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="165"/>
        <source>A local file could not be read or written.</source>
        <translation>ローカルファイルの読み書きができませんでした。</translation>
    </message>
    <message>
        <location filename="../core/transport/exchange.cpp" line="32"/>
        <source>no data moved within the transfer timeout</source>
        <translation>転送タイムアウトの間にデータが転送されませんでした</translation>
    </message>
</context>
<context>
    <name>ApiVersionsView</name>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="25"/>
        <source>EC2 actions added by each API version</source>
        <translation>API バージョンごとに追加された EC2 アクション</translation>
    </message>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="29"/>
        <source>API versions chart</source>
        <translation>API バージョンのグラフ</translation>
    </message>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="33"/>
        <source>Actions this cloud lacks</source>
        <translation>このクラウドにないアクション</translation>
    </message>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="34"/>
        <source>Actions this cloud&apos;s version lacks:</source>
        <translation>このクラウドのバージョンにないアクション:</translation>
    </message>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="59"/>
        <source>Offered</source>
        <translation>提供あり</translation>
    </message>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="60"/>
        <source>Added by %1 (this cloud)</source>
        <translation>%1 で追加 (このクラウド)</translation>
    </message>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="61"/>
        <source>Newer: not offered</source>
        <translation>新しいバージョン: 提供なし</translation>
    </message>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="76"/>
        <source>%1 ◀ this cloud</source>
        <translation>%1 ◀ このクラウド</translation>
    </message>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="85"/>
        <source>%1 (since %2)</source>
        <translation>%1 (%2 以降)</translation>
    </message>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="97"/>
        <source>actions added</source>
        <translation>追加されたアクション</translation>
    </message>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="104"/>
        <source>&lt;b&gt;%1&lt;/b&gt; speaks EC2 API version &lt;b&gt;%2&lt;/b&gt;: %3 of the %4 actions Skylight knows.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; は EC2 API バージョン &lt;b&gt;%2&lt;/b&gt; を使用します。Skylight が認識する %4 個のアクションのうち %3 個に対応しています。</translation>
    </message>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="109"/>
        <source>(No version is set for this cloud, so Skylight sends the newest it knows.)</source>
        <translation>(このクラウドにはバージョンが設定されていないため、Skylight は認識している最新のバージョンを送信します。)</translation>
    </message>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="112"/>
        <source>(%1 is not in the catalogue; versions before it count as offered.)</source>
        <translation>(%1 はカタログにありません。それより前のバージョンは提供ありとみなします。)</translation>
    </message>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="116"/>
        <source>None: this cloud offers every action Skylight knows.</source>
        <translation>なし: このクラウドは Skylight が認識するすべてのアクションを提供しています。</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../ui/settings/appsettings.cpp" line="119"/>
        <source>Files and parts in flight must each be between %1 and %2.</source>
        <translation>同時に転送するファイル数とパート数は、それぞれ %1～%2 の範囲で指定してください。</translation>
    </message>
    <message>
        <location filename="../ui/settings/appsettings.cpp" line="123"/>
        <source>The part size must be between 5 MiB and 5 GiB.</source>
        <translation>パートサイズは 5 MiB～5 GiB の範囲で指定してください。</translation>
    </message>
    <message>
        <location filename="../ui/settings/appsettings.cpp" line="125"/>
        <source>Add at least one reminder lead time.</source>
        <translation>リマインダーの通知タイミングを 1 つ以上追加してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/appsettings.cpp" line="127"/>
        <source>At most %n reminder lead times.</source>
        <translation>
            <numerusform>リマインダーの通知タイミングは最大 %n 個です。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings/appsettings.cpp" line="129"/>
        <source>Each reminder lead time may appear only once.</source>
        <translation>同じ通知タイミングは 1 回だけ指定できます。</translation>
    </message>
    <message>
        <location filename="../ui/settings/appsettings.cpp" line="132"/>
        <source>A reminder lead time lies between one minute and 30 days.</source>
        <translation>リマインダーの通知タイミングは 1 分～30 日の範囲です。</translation>
    </message>
    <message>
        <location filename="../ui/settings/appsettings.cpp" line="136"/>
        <source>Refresh at most once a minute and at least once a day, or choose manual.</source>
        <translation>更新間隔は 1 分～1 日の範囲で指定するか、手動を選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/settings/appsettings.cpp" line="138"/>
        <source>Unknown language, theme or proxy choice.</source>
        <translation>言語、テーマ、またはプロキシの選択が不明です。</translation>
    </message>
    <message>
        <location filename="../ui/settings/appsettings.cpp" line="141"/>
        <source>Enter the proxy&apos;s host name or address.</source>
        <translation>プロキシのホスト名またはアドレスを入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/settings/appsettings.cpp" line="143"/>
        <source>&quot;%1&quot; is not a host name or address (no scheme, path or port here).</source>
        <translation>&quot;%1&quot; はホスト名またはアドレスではありません (ここにはスキーム、パス、ポートを含めないでください)。</translation>
    </message>
    <message>
        <location filename="../ui/settings/appsettings.cpp" line="145"/>
        <source>The proxy port must be between 1 and 65535.</source>
        <translation>プロキシのポートは 1～65535 の範囲で指定してください。</translation>
    </message>
</context>
<context>
    <name>AwsConfigImporter</name>
    <message>
        <location filename="../core/clouds/awsconfigimporter.cpp" line="67"/>
        <source>neither this file nor %1 exists</source>
        <translation>このファイルも %1 も存在しません</translation>
    </message>
    <message>
        <location filename="../core/clouds/awsconfigimporter.cpp" line="117"/>
        <source>%1: [%2] is ignored; the config file names profiles [profile %2]</source>
        <translation>%1: [%2] は無視されます。config ファイルではプロファイルを [profile %2] と記述します</translation>
    </message>
    <message>
        <location filename="../core/clouds/awsconfigimporter.cpp" line="128"/>
        <source>profile %1 has only one of aws_access_key_id and aws_secret_access_key</source>
        <translation>プロファイル %1 には aws_access_key_id と aws_secret_access_key の片方しかありません</translation>
    </message>
    <message>
        <location filename="../core/clouds/awsconfigimporter.cpp" line="136"/>
        <source>profile %1 names a missing [services %2]</source>
        <translation>プロファイル %1 が参照する [services %2] がありません</translation>
    </message>
    <message>
        <location filename="../core/clouds/awsconfigimporter.cpp" line="162"/>
        <source>unknown addressing_style &apos;%1&apos;</source>
        <translation>不明な addressing_style &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/clouds/awsconfigimporter.cpp" line="184"/>
        <source>%1: profile %2 uses %3; only its settings are imported, Skylight needs static keys</source>
        <translation>%1: プロファイル %2 は %3 を使用しています。Skylight には静的なキーが必要なため、設定のみをインポートします</translation>
    </message>
</context>
<context>
    <name>AwsCredentialChain</name>
    <message>
        <location filename="../core/clouds/awscredentialchain.cpp" line="36"/>
        <source>The profile %1 (AWS_PROFILE) is not in %2 or %3</source>
        <translation>プロファイル %1 (AWS_PROFILE) が %2 にも %3 にもありません</translation>
    </message>
    <message>
        <location filename="../core/clouds/awscredentialchain.cpp" line="44"/>
        <source>environment</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <location filename="../core/clouds/awscredentialchain.cpp" line="49"/>
        <source>No AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or give the profile %1 static keys</source>
        <translation>AWS の認証情報がありません。AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY を設定するか、プロファイル %1 に静的なキーを設定してください</translation>
    </message>
</context>
<context>
    <name>BotoImporter</name>
    <message>
        <location filename="../core/clouds/botoimporter.cpp" line="82"/>
        <source>no boto configuration file exists</source>
        <translation>boto の設定ファイルが存在しません</translation>
    </message>
    <message>
        <location filename="../core/clouds/botoimporter.cpp" line="112"/>
        <source>is_secure must be True or False</source>
        <translation>is_secure は True または False でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/clouds/botoimporter.cpp" line="119"/>
        <source>https_validate_certificates must be True or False</source>
        <translation>https_validate_certificates は True または False でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/clouds/botoimporter.cpp" line="131"/>
        <source>%1_access_key_id and %1_secret_access_key must be given together</source>
        <translation>%1_access_key_id と %1_secret_access_key は両方とも指定する必要があります</translation>
    </message>
    <message>
        <location filename="../core/clouds/botoimporter.cpp" line="144"/>
        <source>%1: euca_access_key_id without [Boto] eucalyptus_host or walrus_host; the Eucalyptus cloud is skipped</source>
        <translation>%1: [Boto] の eucalyptus_host または walrus_host がないのに euca_access_key_id があります。Eucalyptus クラウドはスキップします</translation>
    </message>
    <message>
        <location filename="../core/clouds/botoimporter.cpp" line="205"/>
        <source>no cloud credentials found in [Credentials]</source>
        <translation>[Credentials] にクラウドの認証情報が見つかりません</translation>
    </message>
</context>
<context>
    <name>BreadcrumbBar</name>
    <message>
        <location filename="../ui/breadcrumbbar.cpp" line="25"/>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../ui/breadcrumbbar.cpp" line="26"/>
        <source>Location path</source>
        <translation>場所のパス</translation>
    </message>
    <message>
        <location filename="../ui/breadcrumbbar.cpp" line="27"/>
        <source>Type bucket/folder/ and press Enter; Escape goes back</source>
        <translation>バケット/フォルダー/ を入力して Enter キーを押します。Esc キーで戻ります</translation>
    </message>
    <message>
        <location filename="../ui/breadcrumbbar.cpp" line="28"/>
        <source>bucket/folder/</source>
        <translation>バケット/フォルダー/</translation>
    </message>
    <message>
        <location filename="../ui/breadcrumbbar.cpp" line="115"/>
        <source>Buckets</source>
        <translation>バケット</translation>
    </message>
    <message>
        <location filename="../ui/breadcrumbbar.cpp" line="124"/>
        <source>separator</source>
        <translation>区切り</translation>
    </message>
    <message>
        <location filename="../ui/breadcrumbbar.cpp" line="130"/>
        <source>Location level %1</source>
        <translation>場所の階層 %1</translation>
    </message>
</context>
<context>
    <name>BreadcrumbDropTarget</name>
    <message>
        <location filename="../ui/dnd/breadcrumbdroptarget.cpp" line="50"/>
        <source>Drop onto a bucket or folder of the location, not onto the bucket list.</source>
        <translation>バケット一覧ではなく、場所に表示されているバケットまたはフォルダーの上にドロップしてください。</translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <location filename="../ui/browserpage.cpp" line="65"/>
        <source>Filter: name start, or a pattern such as IMG_*.jpg</source>
        <translation>フィルター: 名前の先頭、IMG_*.jpg など</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="66"/>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="92"/>
        <source>Buckets</source>
        <translation>バケット</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="117"/>
        <source>Drop to upload into %1</source>
        <translation>ドロップして %1 にアップロード</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="183"/>
        <source>Drop files onto the folder listing to upload them.</source>
        <translation>アップロードするには、フォルダーの一覧にファイルをドロップしてください。</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="212"/>
        <location filename="../ui/browserpage.cpp" line="224"/>
        <location filename="../ui/browserpage.cpp" line="236"/>
        <source>Choose a bucket first.</source>
        <translation>先にバケットを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="269"/>
        <source>Reading the keys of %1…</source>
        <translation>%1 のキーを読み取っています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browserpage.cpp" line="407"/>
        <source>Uploading %n item(s) to %1</source>
        <translation>
            <numerusform>%n 項目を %1 にアップロードしています</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browserpage.cpp" line="421"/>
        <source>Downloading %n item(s) for the drag…</source>
        <translation>
            <numerusform>ドラッグ用に %n 項目をダウンロードしています…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="436"/>
        <source>Upload files</source>
        <translation>ファイルのアップロード</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="448"/>
        <source>Upload folder</source>
        <translation>フォルダーのアップロード</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="458"/>
        <source>Download into</source>
        <translation>ダウンロード先</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="467"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browserpage.cpp" line="475"/>
        <source>Downloading %n item(s)</source>
        <translation>
            <numerusform>%n 項目をダウンロードしています</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="476"/>
        <source>Not downloaded: %1</source>
        <translation>ダウンロードされませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="485"/>
        <source>New folder</source>
        <translation>新しいフォルダー</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="485"/>
        <source>Folder name:</source>
        <translation>フォルダー名:</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="494"/>
        <source>Folder %1 created</source>
        <translation>フォルダー %1 を作成しました</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="527"/>
        <source>Rename or move</source>
        <translation>名前の変更または移動</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="527"/>
        <source>New key (a folder&apos;s ends in /):</source>
        <translation>新しいキー (フォルダーの場合は / で終わる):</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browserpage.cpp" line="549"/>
        <source>Moving %n item(s) to %1…</source>
        <translation>
            <numerusform>%n 項目を %1 に移動しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browserpage.cpp" line="552"/>
        <source>%n object(s) moved</source>
        <translation>
            <numerusform>%n 個のオブジェクトを移動しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browserpage.cpp" line="553"/>
        <source>%n object(s) moved; %1</source>
        <translation>
            <numerusform>%n 個のオブジェクトを移動しました。%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="566"/>
        <source>Copied %1</source>
        <translation>%1 をコピーしました</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="573"/>
        <source>Choose an object to share (folders have no link).</source>
        <translation>共有するオブジェクトを選択してください (フォルダーにはリンクがありません)。</translation>
    </message>
</context>
<context>
    <name>BrowserStatusLine</name>
    <message>
        <location filename="../ui/browserstatusline.cpp" line="14"/>
        <source>Browser status</source>
        <translation>ブラウザーの状態</translation>
    </message>
    <message>
        <location filename="../ui/browserstatusline.cpp" line="16"/>
        <source>Item count</source>
        <translation>項目数</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browserstatusline.cpp" line="48"/>
        <source>Listing… %n item(s) so far</source>
        <translation>
            <numerusform>一覧を取得中… これまでに %n 項目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browserstatusline.cpp" line="49"/>
        <source>%n item(s); scroll for more</source>
        <translation>
            <numerusform>%n 項目 (スクロールして続きを表示)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browserstatusline.cpp" line="50"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 項目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browserstatusline.cpp" line="55"/>
        <source>%n bucket(s)</source>
        <translation>
            <numerusform>%n 個のバケット</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowserToolbar</name>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="18"/>
        <source>Bucket actions</source>
        <translation>バケットの操作</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="21"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="23"/>
        <source>Refresh (%1)</source>
        <translation>更新 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="25"/>
        <source>Upload files…</source>
        <translation>ファイルのアップロード…</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="27"/>
        <source>Upload folder…</source>
        <translation>フォルダーのアップロード…</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="28"/>
        <source>New folder…</source>
        <translation>新しいフォルダー…</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="30"/>
        <source>Download…</source>
        <translation>ダウンロード…</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="31"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="33"/>
        <source>Rename/Move…</source>
        <translation>名前の変更/移動…</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="35"/>
        <source>Copy URL</source>
        <translation>URL をコピー</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="37"/>
        <source>Share link…</source>
        <translation>共有リンク…</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="38"/>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="41"/>
        <source>Create bucket…</source>
        <translation>バケットの作成…</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="43"/>
        <source>Delete bucket…</source>
        <translation>バケットの削除…</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="47"/>
        <source>Website…</source>
        <translation>ウェブサイト…</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="49"/>
        <source>Incomplete uploads…</source>
        <translation>未完了のアップロード…</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="54"/>
        <source>Usage…</source>
        <translation>使用量…</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="56"/>
        <source>More</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="57"/>
        <location filename="../ui/browsertoolbar.cpp" line="58"/>
        <source>More actions</source>
        <translation>その他の操作</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="74"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>BucketCommands</name>
    <message>
        <location filename="../ui/bucketcommands.cpp" line="32"/>
        <source>Creating bucket %1…</source>
        <translation>バケット %1 を作成しています…</translation>
    </message>
    <message>
        <location filename="../ui/bucketcommands.cpp" line="35"/>
        <source>Bucket %1 created in %2</source>
        <translation>バケット %1 を %2 に作成しました</translation>
    </message>
    <message>
        <location filename="../ui/bucketcommands.cpp" line="50"/>
        <source>Delete bucket</source>
        <translation>バケットの削除</translation>
    </message>
    <message>
        <location filename="../ui/bucketcommands.cpp" line="51"/>
        <source>Delete the bucket %1? Only an empty bucket can be deleted.</source>
        <translation>バケット %1 を削除しますか? 削除できるのは空のバケットだけです。</translation>
    </message>
    <message>
        <location filename="../ui/bucketcommands.cpp" line="62"/>
        <source>Bucket %1 deleted</source>
        <translation>バケット %1 を削除しました</translation>
    </message>
</context>
<context>
    <name>BucketListModel</name>
    <message>
        <location filename="../ui/bucketlistmodel.cpp" line="137"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../ui/bucketlistmodel.cpp" line="138"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/bucketlistmodel.cpp" line="167"/>
        <source>Bucket</source>
        <translation>バケット</translation>
    </message>
    <message>
        <location filename="../ui/bucketlistmodel.cpp" line="169"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location filename="../ui/bucketlistmodel.cpp" line="171"/>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
</context>
<context>
    <name>CloudEditorDialog</name>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="28"/>
        <source>Amazon Web Services</source>
        <translation>Amazon Web Services</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="30"/>
        <source>Eucalyptus</source>
        <translation>Eucalyptus</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="32"/>
        <source>Google Cloud Storage (interoperability)</source>
        <translation>Google Cloud Storage (相互運用)</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="34"/>
        <source>Internet Archive</source>
        <translation>Internet Archive</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="36"/>
        <source>S3-compatible store (MinIO, Ceph, R2, Wasabi…)</source>
        <translation>S3 互換ストレージ (MinIO、Ceph、R2、Wasabi…)</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="38"/>
        <location filename="../ui/cloudeditordialog.cpp" line="58"/>
        <source>Local sandbox</source>
        <translation>ローカルサンドボックス</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="56"/>
        <source>S3-compatible</source>
        <translation>S3 互換</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="88"/>
        <source>Add cloud</source>
        <translation>クラウドの追加</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="93"/>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="96"/>
        <source>Cloud name</source>
        <translation>クラウド名</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="97"/>
        <source>EC2 endpoint</source>
        <translation>EC2 エンドポイント</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="98"/>
        <location filename="../ui/cloudeditordialog.cpp" line="100"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="99"/>
        <source>S3 endpoint</source>
        <translation>S3 エンドポイント</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="101"/>
        <source>Default region</source>
        <translation>デフォルトのリージョン</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="102"/>
        <source>Regions</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="103"/>
        <source>comma-separated; empty: the default region</source>
        <translation>カンマ区切り。空の場合はデフォルトのリージョン</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="104"/>
        <source>Access key ID</source>
        <translation>アクセスキー ID</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="105"/>
        <source>Secret access key</source>
        <translation>シークレットアクセスキー</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="107"/>
        <source>stored in the system keychain</source>
        <translation>システムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="108"/>
        <source>&amp;Provider:</source>
        <translation>プロバイダー(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="109"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="110"/>
        <source>&amp;EC2 endpoint:</source>
        <translation>EC2 エンドポイント(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="111"/>
        <source>&amp;S3 endpoint:</source>
        <translation>S3 エンドポイント(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="112"/>
        <source>Default &amp;region:</source>
        <translation>デフォルトのリージョン(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="113"/>
        <source>Re&amp;gions:</source>
        <translation>リージョン(&amp;G):</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="114"/>
        <source>&amp;Access key ID:</source>
        <translation>アクセスキー ID(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="115"/>
        <source>Secret &amp;key:</source>
        <translation>シークレットキー(&amp;K):</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="116"/>
        <source>Read-&amp;only: never upload, change or delete anything here</source>
        <translation>読み取り専用: ここでは何もアップロード、変更、削除しない(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="118"/>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="119"/>
        <source>Skylight refuses every upload, copy into, move, delete, new folder, bucket and website change on this cloud, and says why. Browsing, downloading and copying out still work.</source>
        <translation>このクラウドへのアップロード、コピー、移動、削除、新しいフォルダー、バケットとウェブサイトの変更をすべて拒否し、その理由を表示します。閲覧、ダウンロード、外へのコピーは引き続き使えます。</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="136"/>
        <source>Save cloud</source>
        <translation>クラウドを保存</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="137"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="149"/>
        <source>The certificate will be trusted for this cloud once you save.</source>
        <translation>保存すると、この証明書はこのクラウドで信頼されます。</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="184"/>
        <source>Edit cloud %1</source>
        <translation>クラウド %1 の編集</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="198"/>
        <source>The keys could not be read: %1</source>
        <translation>キーを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="248"/>
        <source>The cloud needs a name.</source>
        <translation>クラウドには名前が必要です。</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="250"/>
        <source>A cloud named %1 exists already.</source>
        <translation>クラウド %1 は既に存在します。</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="252"/>
        <source>Give an EC2 or an S3 endpoint.</source>
        <translation>EC2 または S3 のエンドポイントを指定してください。</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="263"/>
        <source>Storing the keys in the keychain…</source>
        <translation>キーをキーチェーンに保存しています…</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="274"/>
        <source>The keys were not stored: %1</source>
        <translation>キーは保存されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>CloudProfile</name>
    <message>
        <location filename="../core/clouds/cloudprofile.cpp" line="144"/>
        <source>The profile has no name.</source>
        <translation>プロファイルに名前がありません。</translation>
    </message>
    <message>
        <location filename="../core/clouds/cloudprofile.cpp" line="146"/>
        <source>The profile has neither an EC2 nor an S3 endpoint.</source>
        <translation>プロファイルには EC2 と S3 のどちらのエンドポイントもありません。</translation>
    </message>
    <message>
        <location filename="../core/clouds/cloudprofile.cpp" line="153"/>
        <source>The %1 endpoint &apos;%2&apos; is not an http:// or https:// URL.</source>
        <translation>%1 エンドポイント &apos;%2&apos; は http:// または https:// の URL ではありません。</translation>
    </message>
    <message>
        <location filename="../core/clouds/cloudprofile.cpp" line="158"/>
        <source>LOW authentication sends the secret itself and is allowed over https only.</source>
        <translation>LOW 認証はシークレットそのものを送信するため、https でのみ使用できます。</translation>
    </message>
    <message>
        <location filename="../core/clouds/cloudprofile.cpp" line="160"/>
        <source>The default region %1 is not in the list of regions.</source>
        <translation>デフォルトのリージョン %1 がリージョンの一覧にありません。</translation>
    </message>
    <message>
        <location filename="../core/clouds/cloudprofile.cpp" line="162"/>
        <source>The pinned certificate fingerprint is not a SHA-256 fingerprint.</source>
        <translation>固定する証明書のフィンガープリントが SHA-256 フィンガープリントではありません。</translation>
    </message>
    <message>
        <location filename="../core/clouds/cloudprofile.cpp" line="169"/>
        <source>Cloud “%1” is set to read-only; change that in the cloud&apos;s settings to write to it.</source>
        <translation>クラウド「%1」は読み取り専用に設定されています。書き込むには、クラウドの設定で変更してください。</translation>
    </message>
    <message>
        <location filename="../core/clouds/cloudprofile.cpp" line="172"/>
        <source>Cloud “%1” has no access keys, and anonymous access can only read; add keys in the cloud&apos;s settings to write to it.</source>
        <translation>クラウド「%1」にはアクセスキーがなく、匿名アクセスでは読み取りしかできません。書き込むには、クラウドの設定でキーを追加してください。</translation>
    </message>
    <message>
        <location filename="../core/clouds/cloudprofile.cpp" line="220"/>
        <source>a profile has no name</source>
        <translation>名前のないプロファイルがあります</translation>
    </message>
    <message>
        <location filename="../core/clouds/cloudprofile.cpp" line="224"/>
        <source>profile %1: unknown provider &apos;%2&apos;</source>
        <translation>プロファイル %1: 不明なプロバイダー &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/clouds/cloudprofile.cpp" line="234"/>
        <source>profile %1: unknown signing algorithm</source>
        <translation>プロファイル %1: 不明な署名アルゴリズム</translation>
    </message>
    <message>
        <location filename="../core/clouds/cloudprofile.cpp" line="239"/>
        <source>profile %1: unknown addressing style</source>
        <translation>プロファイル %1: 不明なアドレス指定方式</translation>
    </message>
</context>
<context>
    <name>CloudsModel</name>
    <message>
        <location filename="../ui/cloudsmodel.cpp" line="112"/>
        <source>Instances</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <location filename="../ui/cloudsmodel.cpp" line="114"/>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../ui/cloudsmodel.cpp" line="116"/>
        <source>Buckets</source>
        <translation>バケット</translation>
    </message>
    <message>
        <location filename="../ui/cloudsmodel.cpp" line="146"/>
        <source>(default region)</source>
        <translation>(デフォルトのリージョン)</translation>
    </message>
    <message>
        <location filename="../ui/cloudsmodel.cpp" line="150"/>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <location filename="../ui/cloudsmodel.cpp" line="166"/>
        <source>Clouds</source>
        <translation>クラウド</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <location filename="../ui/connectiontestpanel.cpp" line="19"/>
        <location filename="../ui/connectiontestpanel.cpp" line="21"/>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <location filename="../ui/connectiontestpanel.cpp" line="22"/>
        <source>Trust certificate…</source>
        <translation>証明書を信頼…</translation>
    </message>
    <message>
        <location filename="../ui/connectiontestpanel.cpp" line="24"/>
        <source>Trust the server&apos;s certificate</source>
        <translation>サーバーの証明書を信頼します</translation>
    </message>
    <message>
        <location filename="../ui/connectiontestpanel.cpp" line="32"/>
        <source>Connection test result</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <location filename="../ui/connectiontestpanel.cpp" line="63"/>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <location filename="../ui/connectiontestpanel.cpp" line="83"/>
        <source>✔</source>
        <translation>✔</translation>
    </message>
    <message>
        <location filename="../ui/connectiontestpanel.cpp" line="83"/>
        <source>✘</source>
        <translation>✘</translation>
    </message>
    <message>
        <location filename="../ui/connectiontestpanel.cpp" line="91"/>
        <source>This cloud has neither an S3 nor an EC2 endpoint.</source>
        <translation>このクラウドには S3 と EC2 のどちらのエンドポイントもありません。</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <location filename="../core/clouds/connectiontester.cpp" line="30"/>
        <source>the answer nests deeper than %1 levels</source>
        <translation>応答の入れ子が %1 階層より深くなっています</translation>
    </message>
    <message>
        <location filename="../core/clouds/connectiontester.cpp" line="44"/>
        <location filename="../core/clouds/connectiontester.cpp" line="83"/>
        <source>the answer holds a DTD, which is refused</source>
        <translation>応答に DTD が含まれているため、受け付けません</translation>
    </message>
    <message>
        <location filename="../core/clouds/connectiontester.cpp" line="55"/>
        <source>expected &lt;%1&gt;, found &lt;%2&gt;</source>
        <translation>&lt;%1&gt; を期待しましたが、&lt;%2&gt; でした</translation>
    </message>
    <message>
        <location filename="../core/clouds/connectiontester.cpp" line="65"/>
        <location filename="../core/clouds/connectiontester.cpp" line="105"/>
        <source>the answer is not valid XML: %1</source>
        <translation>応答が正しい XML ではありません: %1</translation>
    </message>
    <message>
        <location filename="../core/clouds/connectiontester.cpp" line="92"/>
        <source>expected &lt;ListAllMyBucketsResult&gt;, found &lt;%1&gt;</source>
        <translation>&lt;ListAllMyBucketsResult&gt; を期待しましたが、&lt;%1&gt; でした</translation>
    </message>
    <message>
        <location filename="../core/clouds/connectiontester.cpp" line="313"/>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
</context>
<context>
    <name>CreateBucketDialog</name>
    <message>
        <location filename="../ui/createbucketdialog.cpp" line="16"/>
        <source>Create bucket</source>
        <translation>バケットの作成</translation>
    </message>
    <message>
        <location filename="../ui/createbucketdialog.cpp" line="19"/>
        <source>Bucket name</source>
        <translation>バケット名</translation>
    </message>
    <message>
        <location filename="../ui/createbucketdialog.cpp" line="20"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/createbucketdialog.cpp" line="25"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location filename="../ui/createbucketdialog.cpp" line="26"/>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/createbucketdialog.cpp" line="32"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../ui/createbucketdialog.cpp" line="43"/>
        <source>A bucket name has 3 to 63 characters.</source>
        <translation>バケット名は 3～63 文字です。</translation>
    </message>
    <message>
        <location filename="../ui/createbucketdialog.cpp" line="46"/>
        <source>Use lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit.</source>
        <translation>英小文字、数字、ドット、ハイフンを使用し、先頭と末尾は英小文字か数字にしてください。</translation>
    </message>
    <message>
        <location filename="../ui/createbucketdialog.cpp" line="49"/>
        <source>A bucket name cannot hold two dots in a row.</source>
        <translation>バケット名にドットを 2 つ続けることはできません。</translation>
    </message>
    <message>
        <location filename="../ui/createbucketdialog.cpp" line="51"/>
        <source>A bucket name cannot look like an IP address.</source>
        <translation>バケット名を IP アドレスの形式にすることはできません。</translation>
    </message>
</context>
<context>
    <name>CredentialJob</name>
    <message>
        <location filename="../core/clouds/credentialjob.cpp" line="51"/>
        <source>The credential store is gone.</source>
        <translation>認証情報ストアがなくなりました。</translation>
    </message>
    <message>
        <location filename="../core/clouds/credentialjob.cpp" line="112"/>
        <source>The keychain entry for %1 is not one Skylight wrote.</source>
        <translation>%1 のキーチェーン項目は Skylight が書き込んだものではありません。</translation>
    </message>
    <message>
        <location filename="../core/clouds/credentialjob.cpp" line="128"/>
        <location filename="../core/clouds/credentialjob.cpp" line="184"/>
        <source>No secret is stored for %1.</source>
        <translation>%1 のシークレットは保存されていません。</translation>
    </message>
    <message>
        <location filename="../core/clouds/credentialjob.cpp" line="136"/>
        <source>Access to the keychain was refused.</source>
        <translation>キーチェーンへのアクセスが拒否されました。</translation>
    </message>
    <message>
        <location filename="../core/clouds/credentialjob.cpp" line="140"/>
        <source>The keychain is not available (%1).</source>
        <translation>キーチェーンを利用できません (%1)。</translation>
    </message>
    <message>
        <location filename="../core/clouds/credentialjob.cpp" line="155"/>
        <source>The keychain did not answer within %1 seconds; it may be locked.</source>
        <translation>キーチェーンが %1 秒以内に応答しませんでした。ロックされている可能性があります。</translation>
    </message>
    <message>
        <location filename="../core/clouds/credentialjob.cpp" line="168"/>
        <source>The secret is kept in memory for this session only.</source>
        <translation>シークレットはこのセッションの間だけメモリに保持されます。</translation>
    </message>
    <message>
        <location filename="../core/clouds/credentialjob.cpp" line="169"/>
        <source>%1 The secret is kept in memory for this session only.</source>
        <translation>%1 シークレットはこのセッションの間だけメモリに保持されます。</translation>
    </message>
    <message>
        <location filename="../core/clouds/credentialjob.cpp" line="185"/>
        <source>%1 No secret for %2 was entered in this session.</source>
        <translation>%1 このセッションでは %2 のシークレットが入力されていません。</translation>
    </message>
</context>
<context>
    <name>CrossCloudCopy</name>
    <message>
        <location filename="../ui/dnd/crosscloudcopy.cpp" line="37"/>
        <source>nothing was copied: the cloud the objects come from is no longer connected</source>
        <translation>何もコピーされませんでした: コピー元のクラウドはもう接続されていません</translation>
    </message>
    <message>
        <location filename="../ui/dnd/crosscloudcopy.cpp" line="39"/>
        <source>nothing was copied: the cloud to copy into is no longer connected</source>
        <translation>何もコピーされませんでした: コピー先のクラウドはもう接続されていません</translation>
    </message>
    <message>
        <location filename="../ui/dnd/crosscloudcopy.cpp" line="42"/>
        <source>nothing was copied: no temporary folder could be made for copying between clouds (%1)</source>
        <translation>何もコピーされませんでした: クラウド間のコピー用の一時フォルダーを作成できませんでした (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dnd/crosscloudcopy.cpp" line="50"/>
        <source>nothing was copied: %1</source>
        <translation>何もコピーされませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/dnd/crosscloudcopy.cpp" line="64"/>
        <location filename="../ui/dnd/crosscloudcopy.cpp" line="113"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/dnd/crosscloudcopy.cpp" line="79"/>
        <source>%1: not downloaded: %2</source>
        <translation>%1: ダウンロードされませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/dnd/crosscloudcopy.cpp" line="92"/>
        <source>%1: not uploaded: %2</source>
        <translation>%1: アップロードされませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/dnd/crosscloudcopy.cpp" line="110"/>
        <source>The copies were made, but the originals were not deleted: %1</source>
        <translation>コピーは作成されましたが、元のオブジェクトは削除されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>DescribeInstanceStatusJob</name>
    <message>
        <location filename="../core/ec2/describeinstancestatusjob.cpp" line="27"/>
        <source>%1 speaks EC2 API version %2, which has no DescribeInstanceStatus (it arrived with %3): status checks and scheduled events are not available</source>
        <translation>%1 は EC2 API バージョン %2 を使用しており、DescribeInstanceStatus がありません (%3 で追加): ステータスチェックと予定されたイベントは利用できません</translation>
    </message>
    <message>
        <location filename="../core/ec2/describeinstancestatusjob.cpp" line="52"/>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
</context>
<context>
    <name>DescribeInstancesJob</name>
    <message>
        <location filename="../core/ec2/describeinstancesjob.cpp" line="40"/>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
</context>
<context>
    <name>DescribeRegionsJob</name>
    <message>
        <location filename="../core/ec2/describeregionsjob.cpp" line="28"/>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
</context>
<context>
    <name>Download</name>
    <message>
        <location filename="../core/transfer/download.cpp" line="37"/>
        <source>no space left on the disk</source>
        <translation>ディスクの空き容量がありません</translation>
    </message>
    <message>
        <location filename="../core/transfer/download.cpp" line="40"/>
        <source>only %1 of %2 bytes could be written</source>
        <translation>%2 バイト中 %1 バイトしか書き込めませんでした</translation>
    </message>
    <message>
        <location filename="../core/transfer/download.cpp" line="91"/>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location filename="../core/transfer/download.cpp" line="80"/>
        <source>%1 would be written outside %2 (a symbolic link?)</source>
        <translation>%1 が %2 の外に書き込まれることになります (シンボリックリンク?)</translation>
    </message>
    <message>
        <location filename="../core/transfer/download.cpp" line="132"/>
        <location filename="../core/transfer/download.cpp" line="281"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/transfer/download.cpp" line="231"/>
        <source>a part of the object came back with the wrong size</source>
        <translation>オブジェクトの一部が誤ったサイズで返されました</translation>
    </message>
    <message>
        <location filename="../core/transfer/download.cpp" line="202"/>
        <source>cannot write the download: %1</source>
        <translation>ダウンロードを書き込めません: %1</translation>
    </message>
    <message>
        <location filename="../core/transfer/download.cpp" line="122"/>
        <source>%1 is a symbolic link; Skylight does not write through it</source>
        <translation>%1 はシンボリックリンクです。Skylight はシンボリックリンク経由では書き込みません</translation>
    </message>
    <message>
        <location filename="../core/transfer/downloadverification.cpp" line="78"/>
        <source>the downloaded file has the wrong size</source>
        <translation>ダウンロードしたファイルのサイズが正しくありません</translation>
    </message>
    <message>
        <location filename="../core/transfer/downloadverification.cpp" line="86"/>
        <source>cannot move the download into place: %1</source>
        <translation>ダウンロードしたファイルを所定の場所へ移動できません: %1</translation>
    </message>
    <message>
        <location filename="../core/transfer/downloadverification.cpp" line="103"/>
        <source>the download does not match the object&apos;s MD5</source>
        <translation>ダウンロードがオブジェクトの MD5 と一致しません</translation>
    </message>
    <message>
        <location filename="../core/transfer/downloadverification.cpp" line="127"/>
        <source>the download does not match the object&apos;s CRC32C checksum</source>
        <translation>ダウンロードがオブジェクトの CRC32C チェックサムと一致しません</translation>
    </message>
    <message>
        <location filename="../core/transfer/download.cpp" line="306"/>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <location filename="../core/transfer/download.cpp" line="314"/>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location filename="../core/transfer/downloadverification.cpp" line="163"/>
        <source>the download does not match the object&apos;s multipart ETag</source>
        <translation>ダウンロードがオブジェクトのマルチパート ETag と一致しません</translation>
    </message>
</context>
<context>
    <name>DragStager</name>
    <message>
        <location filename="../ui/dnd/dragstager.cpp" line="28"/>
        <source>%1 is too much to drag out (at most %2); use Download… to choose a folder.</source>
        <translation>%1 はドラッグで取り出すには大きすぎます (最大 %2)。「ダウンロード…」を使ってフォルダーを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/dnd/dragstager.cpp" line="33"/>
        <source>There is no staging folder for dragged files.</source>
        <translation>ドラッグしたファイル用のステージングフォルダーがありません。</translation>
    </message>
    <message>
        <location filename="../ui/dnd/dragstager.cpp" line="38"/>
        <source>Cannot create the staging folder %1.</source>
        <translation>ステージングフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location filename="../ui/dnd/dragstager.cpp" line="61"/>
        <source>Nothing to drag.</source>
        <translation>ドラッグするものがありません。</translation>
    </message>
</context>
<context>
    <name>DropPlanner</name>
    <message>
        <location filename="../ui/dnd/dropplanner.cpp" line="24"/>
        <source>Open a bucket first: files are uploaded into the bucket or folder they are dropped on.</source>
        <translation>先にバケットを開いてください。ファイルはドロップ先のバケットまたはフォルダーにアップロードされます。</translation>
    </message>
    <message>
        <location filename="../ui/dnd/dropplanner.cpp" line="27"/>
        <source>Only files and folders can be dropped here.</source>
        <translation>ここにドロップできるのはファイルとフォルダーだけです。</translation>
    </message>
    <message>
        <location filename="../ui/dnd/dropplanner.cpp" line="41"/>
        <source>%1 is not a file on this computer; only local files and folders can be uploaded.</source>
        <translation>%1 はこのコンピューター上のファイルではありません。アップロードできるのはローカルのファイルとフォルダーだけです。</translation>
    </message>
    <message>
        <location filename="../ui/dnd/dropplanner.cpp" line="49"/>
        <source>%1 does not exist (any more).</source>
        <translation>%1 は存在しません (既に削除されています)。</translation>
    </message>
    <message>
        <location filename="../ui/dnd/dropplanner.cpp" line="54"/>
        <source>%1 cannot be read.</source>
        <translation>%1 を読み取れません。</translation>
    </message>
</context>
<context>
    <name>Ec2ActionParser</name>
    <message>
        <location filename="../core/ec2/ec2actionparser.cpp" line="38"/>
        <source>EC2 answered %1 with return=false</source>
        <translation>EC2 が %1 に return=false で応答しました</translation>
    </message>
</context>
<context>
    <name>Ec2Loader</name>
    <message>
        <location filename="../ui/ec2loader.cpp" line="33"/>
        <source>%1 / %2: %3</source>
        <translation>%1 / %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/ec2loader.cpp" line="62"/>
        <location filename="../ui/ec2loader.cpp" line="117"/>
        <source>Loading instances and events…</source>
        <translation>インスタンスとイベントを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../ui/ec2loader.cpp" line="82"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Ec2Paging</name>
    <message numerus="yes">
        <location filename="../core/ec2/ec2paging.cpp" line="24"/>
        <source>EC2 answered the same NextToken twice; stopped after %n page(s)</source>
        <translation>
            <numerusform>EC2 が同じ NextToken を 2 回返しました。%n ページで停止しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ec2Parsers</name>
    <message>
        <location filename="../core/ec2/ec2parsers.cpp" line="294"/>
        <source>EC2 answered ModifyInstanceEventStartTime without the event</source>
        <translation>EC2 が ModifyInstanceEventStartTime にイベントなしで応答しました</translation>
    </message>
</context>
<context>
    <name>Ec2Refresh</name>
    <message>
        <location filename="../core/ec2/ec2refresh.cpp" line="85"/>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
</context>
<context>
    <name>EnvironmentCredentials</name>
    <message>
        <location filename="../core/clouds/environmentcredentials.cpp" line="55"/>
        <source>AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not</source>
        <translation>AWS_SECRET_ACCESS_KEY は設定されていますが、AWS_ACCESS_KEY_ID が設定されていません</translation>
    </message>
    <message>
        <location filename="../core/clouds/environmentcredentials.cpp" line="56"/>
        <source>AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not</source>
        <translation>AWS_ACCESS_KEY_ID は設定されていますが、AWS_SECRET_ACCESS_KEY が設定されていません</translation>
    </message>
</context>
<context>
    <name>EucarcImporter</name>
    <message>
        <location filename="../core/clouds/eucarcimporter.cpp" line="145"/>
        <source>expected &apos;AWSAccessKeyId=&apos; or &apos;AWSSecretKey=&apos;</source>
        <translation>&apos;AWSAccessKeyId=&apos; または &apos;AWSSecretKey=&apos; が必要です</translation>
    </message>
    <message>
        <location filename="../core/clouds/eucarcimporter.cpp" line="148"/>
        <source>AWSAccessKeyId and AWSSecretKey must be given together</source>
        <translation>AWSAccessKeyId と AWSSecretKey は両方とも指定する必要があります</translation>
    </message>
    <message>
        <location filename="../core/clouds/eucarcimporter.cpp" line="167"/>
        <source>the line holds a NUL byte: this is not a text file</source>
        <translation>行に NUL バイトが含まれています: テキストファイルではありません</translation>
    </message>
    <message>
        <location filename="../core/clouds/eucarcimporter.cpp" line="178"/>
        <source>%1: shell control line ignored</source>
        <translation>%1: シェルの制御行を無視しました</translation>
    </message>
    <message>
        <location filename="../core/clouds/eucarcimporter.cpp" line="188"/>
        <source>expected &apos;export NAME=value&apos;</source>
        <translation>&apos;export NAME=value&apos; の形式が必要です</translation>
    </message>
    <message>
        <location filename="../core/clouds/eucarcimporter.cpp" line="196"/>
        <source>a quote is not closed</source>
        <translation>引用符が閉じられていません</translation>
    </message>
    <message>
        <location filename="../core/clouds/eucarcimporter.cpp" line="203"/>
        <source>neither EC2_URL nor S3_URL is set</source>
        <translation>EC2_URL も S3_URL も設定されていません</translation>
    </message>
    <message>
        <location filename="../core/clouds/eucarcimporter.cpp" line="208"/>
        <source>%1 is not a URL</source>
        <translation>%1 は URL ではありません</translation>
    </message>
    <message>
        <location filename="../core/clouds/eucarcimporter.cpp" line="234"/>
        <source>%1 and %2 must be given together</source>
        <translation>%1 と %2 は両方とも指定する必要があります</translation>
    </message>
    <message>
        <location filename="../core/clouds/eucarcimporter.cpp" line="243"/>
        <source>%1: no EC2_ACCESS_KEY / EC2_SECRET_KEY</source>
        <translation>%1: EC2_ACCESS_KEY / EC2_SECRET_KEY がありません</translation>
    </message>
    <message>
        <location filename="../core/clouds/eucarcimporter.cpp" line="259"/>
        <source>the zip holds no eucarc</source>
        <translation>ZIP に eucarc が含まれていません</translation>
    </message>
    <message>
        <location filename="../core/clouds/eucarcimporter.cpp" line="274"/>
        <source>cannot create the folder for the cloud&apos;s certificate</source>
        <translation>クラウドの証明書用のフォルダーを作成できません</translation>
    </message>
</context>
<context>
    <name>EventTimelineChart</name>
    <message>
        <location filename="../ui/eventtimelinechart.cpp" line="41"/>
        <source>Maintenance timeline</source>
        <translation>メンテナンスのタイムライン</translation>
    </message>
    <message>
        <location filename="../ui/eventtimelinechart.cpp" line="49"/>
        <location filename="../ui/eventtimelinechart.cpp" line="214"/>
        <source>MMM d HH:mm</source>
        <comment>time axis labels: a QDateTime format</comment>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <location filename="../ui/eventtimelinechart.cpp" line="51"/>
        <source>Window (local time)</source>
        <translation>期間 (ローカル時刻)</translation>
    </message>
    <message>
        <location filename="../ui/eventtimelinechart.cpp" line="119"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../ui/eventtimelinechart.cpp" line="142"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/eventtimelinechart.cpp" line="213"/>
        <source>MMM d</source>
        <comment>time axis labels: a QDateTime format</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <location filename="../ui/eventtimelinechart.cpp" line="263"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/eventtimelinechart.cpp" line="264"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/eventtimelinechart.cpp" line="265"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/eventtimelinechart.cpp" line="267"/>
        <source>Window %1 – %2</source>
        <translation>期間 %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/eventtimelinechart.cpp" line="268"/>
        <source>From %1 (no end given)</source>
        <translation>%1 から (終了時刻の指定なし)</translation>
    </message>
    <message>
        <location filename="../ui/eventtimelinechart.cpp" line="270"/>
        <source>Can be moved until %1</source>
        <translation>%1 まで移動可能</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../core/transport/exchange.cpp" line="133"/>
        <location filename="../core/transport/exchange.cpp" line="400"/>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <location filename="../core/transport/exchange.cpp" line="224"/>
        <location filename="../core/transport/exchange.cpp" line="319"/>
        <source>the file to send cannot be read</source>
        <translation>送信するファイルを読み取れません</translation>
    </message>
    <message>
        <location filename="../core/transport/exchange.cpp" line="308"/>
        <source>the path has a &quot;.&quot; or &quot;..&quot; segment, which only Skylight&apos;s direct connection can send, and the system settings ask for a proxy</source>
        <translation>パスに &quot;.&quot; または &quot;..&quot; のセグメントがあります。これを送信できるのは Skylight の直接接続だけですが、システム設定ではプロキシの使用が指定されています</translation>
    </message>
    <message>
        <location filename="../core/transport/exchange.cpp" line="378"/>
        <source>the server closed the connection during the TLS handshake; it may not speak https (try http:// for this endpoint)</source>
        <translation>TLS ハンドシェイク中にサーバーが接続を閉じました。サーバーが https に対応していない可能性があります (このエンドポイントでは http:// を試してください)</translation>
    </message>
    <message>
        <location filename="../core/transport/exchange.cpp" line="406"/>
        <source>the answer is larger than %1 MiB, more than any API answer; it was not read</source>
        <translation>応答が %1 MiB を超えています。これはどの API の応答よりも大きいため、読み取りませんでした</translation>
    </message>
    <message>
        <location filename="../core/transport/exchange.cpp" line="437"/>
        <source>the answer was cut short (%1 of %2 bytes)</source>
        <translation>応答が途中で切れました (%2 バイト中 %1 バイト)</translation>
    </message>
    <message>
        <location filename="../core/transport/exchange.cpp" line="439"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>FileSliceDevice</name>
    <message>
        <location filename="../core/s3/fileslicedevice.cpp" line="17"/>
        <source>%1 is shorter than expected</source>
        <translation>%1 が想定より短くなっています</translation>
    </message>
    <message>
        <location filename="../core/s3/fileslicedevice.cpp" line="50"/>
        <source>%1 became shorter while it was read</source>
        <translation>%1 が読み取り中に短くなりました</translation>
    </message>
    <message>
        <location filename="../core/s3/fileslicedevice.cpp" line="110"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../ui/settings/generalpage.cpp" line="17"/>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>ウィンドウを閉じてもトレイで実行を続ける(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/settings/generalpage.cpp" line="21"/>
        <source>System default</source>
        <translation>システムのデフォルト</translation>
    </message>
    <message>
        <location filename="../ui/settings/generalpage.cpp" line="25"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../ui/settings/generalpage.cpp" line="26"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/settings/generalpage.cpp" line="27"/>
        <source>A new language applies after Skylight is restarted.</source>
        <translation>新しい言語は Skylight の再起動後に適用されます。</translation>
    </message>
    <message>
        <location filename="../ui/settings/generalpage.cpp" line="30"/>
        <source>System</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <location filename="../ui/settings/generalpage.cpp" line="31"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../ui/settings/generalpage.cpp" line="32"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../ui/settings/generalpage.cpp" line="33"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../ui/settings/generalpage.cpp" line="34"/>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/settings/generalpage.cpp" line="35"/>
        <source>Keep running in the tray</source>
        <translation>トレイで実行を続ける</translation>
    </message>
    <message>
        <location filename="../ui/settings/generalpage.cpp" line="37"/>
        <source>Transfers and maintenance reminders go on while the window is closed; quit from the tray.</source>
        <translation>ウィンドウを閉じても転送とメンテナンスのリマインダーは継続します。終了するにはトレイから操作してください。</translation>
    </message>
</context>
<context>
    <name>GetBucketLocationJob</name>
    <message>
        <location filename="../core/s3/getbucketlocationjob.cpp" line="29"/>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
</context>
<context>
    <name>GetObjectJob</name>
    <message>
        <location filename="../core/s3/getobjectjob.cpp" line="44"/>
        <source>the server ignored the byte range asked for</source>
        <translation>サーバーが要求したバイト範囲を無視しました</translation>
    </message>
    <message>
        <location filename="../core/s3/getobjectjob.cpp" line="47"/>
        <source>the body was cut short: %1 of %2 bytes</source>
        <translation>本文が途中で切れました: %2 バイト中 %1 バイト</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <location filename="../core/transport/httptransport.cpp" line="41"/>
        <source>a presigned URL needs a signer</source>
        <translation>署名付き URL には署名者が必要です</translation>
    </message>
</context>
<context>
    <name>ICalendarWriter</name>
    <message>
        <location filename="../core/schedule/icalendarwriter.cpp" line="128"/>
        <source>Cloud: %1</source>
        <translation>クラウド: %1</translation>
    </message>
    <message>
        <location filename="../core/schedule/icalendarwriter.cpp" line="128"/>
        <source>Region: %1</source>
        <translation>リージョン: %1</translation>
    </message>
    <message>
        <location filename="../core/schedule/icalendarwriter.cpp" line="129"/>
        <source>Instance: %1</source>
        <translation>インスタンス: %1</translation>
    </message>
    <message>
        <location filename="../core/schedule/icalendarwriter.cpp" line="130"/>
        <source>State: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <location filename="../core/schedule/icalendarwriter.cpp" line="132"/>
        <source>Can be rescheduled to start until %1</source>
        <translation>%1 まで開始時刻を変更可能</translation>
    </message>
    <message>
        <location filename="../core/schedule/icalendarwriter.cpp" line="135"/>
        <source>Event id: %1</source>
        <translation>イベント ID: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="38"/>
        <source>no key</source>
        <translation>キーなし</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="50"/>
        <source>Import clouds</source>
        <translation>クラウドのインポート</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="54"/>
        <source>Import source</source>
        <translation>インポート元</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="55"/>
        <source>AWS CLI (~/.aws/credentials and config)</source>
        <translation>AWS CLI (~/.aws/credentials と config)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="56"/>
        <source>boto (~/.boto, /etc/boto.cfg)</source>
        <translation>boto (~/.boto、/etc/boto.cfg)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="57"/>
        <source>Eucalyptus eucarc</source>
        <translation>Eucalyptus eucarc</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="58"/>
        <source>s3cmd (~/.s3cfg)</source>
        <translation>s3cmd (~/.s3cfg)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="59"/>
        <source>&amp;Source:</source>
        <translation>インポート元(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="63"/>
        <location filename="../ui/importdialog.cpp" line="112"/>
        <source>File to import</source>
        <translation>インポートするファイル</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="64"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="65"/>
        <source>Choose the file to import</source>
        <translation>インポートするファイルの選択</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="68"/>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="72"/>
        <source>AWS config file</source>
        <translation>AWS の config ファイル</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="73"/>
        <source>&amp;Config file:</source>
        <translation>config ファイル(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="78"/>
        <source>What will be imported:</source>
        <translation>インポートされる内容:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="81"/>
        <source>Import preview</source>
        <translation>インポートのプレビュー</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="83"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="83"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="83"/>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="83"/>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="83"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="89"/>
        <source>Import messages</source>
        <translation>インポートのメッセージ</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="95"/>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="97"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="99"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="185"/>
        <source>Reading…</source>
        <translation>読み取り中…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="212"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="212"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="220"/>
        <source>Nothing to import in this file.</source>
        <translation>このファイルにはインポートするものがありません。</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="222"/>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="254"/>
        <source>Storing the keys in the keychain…</source>
        <translation>キーをキーチェーンに保存しています…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="270"/>
        <source>Nothing was imported: %1</source>
        <translation>何もインポートされませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message>
        <location filename="../core/clouds/importresult.h" line="38"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/clouds/importsupport.cpp" line="15"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location filename="../core/clouds/importsupport.cpp" line="53"/>
        <source>%1: %2 = False is not applied: Skylight never turns certificate checks off. If the server&apos;s certificate is self-signed, Skylight shows it at the first connection and lets you trust it.</source>
        <translation>%1: %2 = False は適用されません。Skylight は証明書の検証を無効にしません。サーバーの証明書が自己署名の場合は、最初の接続時に Skylight が証明書を表示し、信頼するかどうかを選択できます。</translation>
    </message>
</context>
<context>
    <name>IncompleteUploadsDialog</name>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="25"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="26"/>
        <source>Abort selected</source>
        <translation>選択したものを中止</translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="27"/>
        <source>Abort all…</source>
        <translation>すべて中止…</translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="29"/>
        <source>Incomplete uploads in %1</source>
        <translation>%1 の未完了のアップロード</translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="32"/>
        <source>Multipart uploads that were started and never completed or aborted. Their parts are stored, and billed, until they are aborted.</source>
        <translation>開始後に完了も中止もされていないマルチパートアップロードです。中止するまで、パートは保存されたままとなり、料金が発生します。</translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="37"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="37"/>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="37"/>
        <source>Upload id</source>
        <translation>アップロード ID</translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="41"/>
        <source>Incomplete uploads</source>
        <translation>未完了のアップロード</translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="47"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="89"/>
        <source>Asking the cloud…</source>
        <translation>クラウドに問い合わせています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/incompleteuploadsdialog.cpp" line="143"/>
        <source>The listing sent markers it had sent before; stopped after %n upload(s).</source>
        <translation>
            <numerusform>一覧で以前と同じマーカーが返されました。%n 件のアップロードで停止しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/incompleteuploadsdialog.cpp" line="151"/>
        <source>%n upload(s) so far…</source>
        <translation>
            <numerusform>これまでに %n 件のアップロード…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="155"/>
        <source>No incomplete uploads.</source>
        <translation>未完了のアップロードはありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/incompleteuploadsdialog.cpp" line="156"/>
        <source>%n incomplete upload(s).</source>
        <translation>
            <numerusform>未完了のアップロードが %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="157"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="176"/>
        <source>Abort uploads</source>
        <translation>アップロードの中止</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/incompleteuploadsdialog.cpp" line="177"/>
        <source>Abort all %n incomplete upload(s) in %1? Their stored parts are deleted.</source>
        <translation>
            <numerusform>%1 の未完了のアップロード %n 件をすべて中止しますか? 保存されているパートは削除されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/incompleteuploadsdialog.cpp" line="202"/>
        <source>%n aborted.</source>
        <translation>
            <numerusform>%n 件を中止しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="203"/>
        <source>%1 aborted, %2 failed: %3</source>
        <translation>%1 件を中止、%2 件が失敗しました: %3</translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="212"/>
        <source>Aborting %1…</source>
        <translation>%1 を中止しています…</translation>
    </message>
</context>
<context>
    <name>IniFile</name>
    <message>
        <location filename="../core/clouds/inifile.cpp" line="83"/>
        <source>the line holds a NUL byte: this is not a text file</source>
        <translation>行に NUL バイトが含まれています: テキストファイルではありません</translation>
    </message>
    <message>
        <location filename="../core/clouds/inifile.cpp" line="114"/>
        <source>a section header must end with &apos;]&apos;</source>
        <translation>セクション見出しは &apos;]&apos; で終わる必要があります</translation>
    </message>
    <message>
        <location filename="../core/clouds/inifile.cpp" line="123"/>
        <source>the section [%1] appears twice</source>
        <translation>セクション [%1] が 2 回出現しています</translation>
    </message>
    <message>
        <location filename="../core/clouds/inifile.cpp" line="135"/>
        <location filename="../core/clouds/inifile.cpp" line="144"/>
        <source>expected &apos;[section]&apos; or &apos;name = value&apos;</source>
        <translation>&apos;[section]&apos; または &apos;name = value&apos; の形式が必要です</translation>
    </message>
    <message>
        <location filename="../core/clouds/inifile.cpp" line="137"/>
        <source>&apos;name = value&apos; before the first [section]</source>
        <translation>最初の [section] より前に &apos;name = value&apos; があります</translation>
    </message>
    <message>
        <location filename="../core/clouds/inifile.cpp" line="147"/>
        <source>&apos;%1&apos; is set twice in [%2]</source>
        <translation>&apos;%1&apos; が [%2] で 2 回設定されています</translation>
    </message>
</context>
<context>
    <name>InstanceActionJob</name>
    <message>
        <location filename="../core/ec2/instanceactionjob.cpp" line="39"/>
        <source>no instance id given</source>
        <translation>インスタンス ID が指定されていません</translation>
    </message>
    <message>
        <location filename="../core/ec2/instanceactionjob.cpp" line="55"/>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
</context>
<context>
    <name>InstanceActionRunner</name>
    <message>
        <location filename="../ui/instanceactionrunner.cpp" line="20"/>
        <source>%1: start accepted</source>
        <translation>%1: 開始を受け付けました</translation>
    </message>
    <message>
        <location filename="../ui/instanceactionrunner.cpp" line="22"/>
        <source>%1: stop accepted</source>
        <translation>%1: 停止を受け付けました</translation>
    </message>
    <message>
        <location filename="../ui/instanceactionrunner.cpp" line="24"/>
        <source>%1: reboot accepted</source>
        <translation>%1: 再起動を受け付けました</translation>
    </message>
    <message>
        <location filename="../ui/instanceactionrunner.cpp" line="26"/>
        <source>%1: terminate accepted</source>
        <translation>%1: 終了を受け付けました</translation>
    </message>
    <message>
        <location filename="../ui/instanceactionrunner.cpp" line="43"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../ui/instanceactionrunner.cpp" line="45"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/instanceactionrunner.cpp" line="47"/>
        <source>Reboot</source>
        <translation>再起動</translation>
    </message>
    <message>
        <location filename="../ui/instanceactionrunner.cpp" line="49"/>
        <source>Terminate</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../ui/instanceactionrunner.cpp" line="59"/>
        <source>%1 speaks EC2 API version %2, which has no %3 (it came with %4).</source>
        <translation>%1 は EC2 API バージョン %2 を使用しており、%3 がありません (%4 で追加)。</translation>
    </message>
    <message>
        <location filename="../ui/instanceactionrunner.cpp" line="72"/>
        <source>The keys of %1 have not been read yet: refresh first.</source>
        <translation>%1 のキーはまだ読み取られていません。先に更新してください。</translation>
    </message>
    <message>
        <location filename="../ui/instanceactionrunner.cpp" line="90"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>InstanceDetailsPane</name>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="32"/>
        <location filename="../ui/instancedetailspane.cpp" line="39"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="58"/>
        <source>%1 (reachability %2), impaired since %3</source>
        <translation>%1 (到達可能性 %2)、%3 から障害</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="59"/>
        <source>%1, impaired since %2</source>
        <translation>%1、%2 から障害</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="61"/>
        <source>%1 (reachability %2)</source>
        <translation>%1 (到達可能性 %2)</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="67"/>
        <source>Cloud</source>
        <translation>クラウド</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="67"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="67"/>
        <source>Zone</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="68"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="68"/>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="69"/>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="70"/>
        <source>Architecture</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="70"/>
        <source>Root device</source>
        <translation>ルートデバイス</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="71"/>
        <source>Key pair</source>
        <translation>キーペア</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="71"/>
        <source>Launched</source>
        <translation>起動日時</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="72"/>
        <source>Addresses</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="73"/>
        <source>Public IP</source>
        <translation>パブリック IP</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="73"/>
        <source>Public DNS</source>
        <translation>パブリック DNS</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="74"/>
        <source>Private IP</source>
        <translation>プライベート IP</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="74"/>
        <source>Private DNS</source>
        <translation>プライベート DNS</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="76"/>
        <source>VPC / subnet</source>
        <translation>VPC / サブネット</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="77"/>
        <source>Status checks</source>
        <translation>ステータスチェック</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="78"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="78"/>
        <location filename="../ui/instancedetailspane.cpp" line="79"/>
        <source>not reported</source>
        <translation>報告なし</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="79"/>
        <source>Instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="80"/>
        <source>Tags (%1)</source>
        <translation>タグ (%1)</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="83"/>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="85"/>
        <source>None scheduled</source>
        <translation>予定なし</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="88"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="92"/>
        <source>%1, %2: %3 (can move until %4)</source>
        <translation>%1、%2: %3 (%4 まで移動可能)</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="94"/>
        <source>%1, %2: %3</source>
        <translation>%1、%2: %3</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="114"/>
        <source>Instance details</source>
        <translation>インスタンスの詳細</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="121"/>
        <source>Terminate…</source>
        <translation>終了…</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="126"/>
        <source>Copy ID</source>
        <translation>ID をコピー</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="127"/>
        <source>Copy address</source>
        <translation>アドレスをコピー</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="132"/>
        <location filename="../ui/instancedetailspane.cpp" line="136"/>
        <source>Copied %1</source>
        <translation>%1 をコピーしました</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="140"/>
        <source>Action result</source>
        <translation>操作の結果</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="176"/>
        <source>No instance chosen</source>
        <translation>インスタンスが選択されていません</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="178"/>
        <source>Choose an instance in the table.</source>
        <translation>表でインスタンスを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="182"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="207"/>
        <source>Choose an instance first.</source>
        <translation>先にインスタンスを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="211"/>
        <source>Only a stopped instance can start.</source>
        <translation>開始できるのは停止中のインスタンスだけです。</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="214"/>
        <source>Only a running instance can stop.</source>
        <translation>停止できるのは実行中のインスタンスだけです。</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="216"/>
        <source>Only a running instance can reboot.</source>
        <translation>再起動できるのは実行中のインスタンスだけです。</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="219"/>
        <source>The instance is already terminated.</source>
        <translation>このインスタンスは既に終了しています。</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="232"/>
        <location filename="../ui/instancedetailspane.cpp" line="248"/>
        <source>%1 %2…</source>
        <translation>%2 を%1しています…</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="260"/>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>InstancesModel</name>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="52"/>
        <source>pending</source>
        <comment>instance state</comment>
        <translation>保留中</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="54"/>
        <source>running</source>
        <comment>instance state</comment>
        <translation>実行中</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="56"/>
        <source>shutting down</source>
        <comment>instance state</comment>
        <translation>シャットダウン中</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="58"/>
        <source>terminated</source>
        <comment>instance state</comment>
        <translation>終了済み</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="60"/>
        <source>stopping</source>
        <comment>instance state</comment>
        <translation>停止中</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="62"/>
        <source>stopped</source>
        <comment>instance state</comment>
        <translation>停止済み</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="71"/>
        <source>ok</source>
        <comment>status check</comment>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="73"/>
        <source>impaired</source>
        <comment>status check</comment>
        <translation>障害</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="75"/>
        <source>initializing</source>
        <comment>status check</comment>
        <translation>初期化中</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="77"/>
        <source>insufficient data</source>
        <comment>status check</comment>
        <translation>データ不足</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="211"/>
        <source>%1 at %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="262"/>
        <source>Cloud</source>
        <translation>クラウド</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="264"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="266"/>
        <source>Zone</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="268"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="270"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="272"/>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="274"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="276"/>
        <source>Public address</source>
        <translation>パブリックアドレス</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="278"/>
        <source>Private address</source>
        <translation>プライベートアドレス</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="280"/>
        <source>Launched</source>
        <translation>起動日時</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="282"/>
        <source>System check</source>
        <translation>システムチェック</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="284"/>
        <source>Instance check</source>
        <translation>インスタンスチェック</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="286"/>
        <source>Next event</source>
        <translation>次のイベント</translation>
    </message>
</context>
<context>
    <name>InstancesView</name>
    <message>
        <location filename="../ui/instancesview.cpp" line="80"/>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <location filename="../ui/instancesview.cpp" line="81"/>
        <source>Filter by any column…</source>
        <translation>任意の列でフィルター…</translation>
    </message>
    <message>
        <location filename="../ui/instancesview.cpp" line="84"/>
        <source>Filter the rows (%1)</source>
        <translation>行をフィルター (%1)</translation>
    </message>
    <message>
        <location filename="../ui/instancesview.cpp" line="91"/>
        <location filename="../ui/instancesview.cpp" line="92"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../ui/instancesview.cpp" line="93"/>
        <source>Load again from every cloud (F5)</source>
        <translation>すべてのクラウドから再読み込み (F5)</translation>
    </message>
    <message>
        <location filename="../ui/instancesview.cpp" line="98"/>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
</context>
<context>
    <name>KeptXml</name>
    <message>
        <location filename="../core/website/keptxml.cpp" line="33"/>
        <source>the document declares a DTD, which Skylight never reads</source>
        <translation>ドキュメントで DTD が宣言されています (Skylight は DTD を読み込みません)</translation>
    </message>
    <message>
        <location filename="../core/website/keptxml.cpp" line="37"/>
        <source>the document is not well-formed XML (%1 at line %2)</source>
        <translation>ドキュメントが整形式の XML ではありません (%2 行目: %1)</translation>
    </message>
    <message>
        <location filename="../core/website/keptxml.cpp" line="44"/>
        <source>the document nests deeper than %1 levels</source>
        <translation>ドキュメントの入れ子が %1 階層より深くなっています</translation>
    </message>
    <message>
        <location filename="../core/website/keptxml.cpp" line="73"/>
        <source>the document is empty</source>
        <translation>ドキュメントが空です</translation>
    </message>
    <message>
        <location filename="../core/website/keptxml.cpp" line="86"/>
        <location filename="../core/website/keptxml.cpp" line="118"/>
        <source>the document ends inside an element</source>
        <translation>ドキュメントが要素の途中で終わっています</translation>
    </message>
    <message>
        <location filename="../core/website/keptxml.cpp" line="128"/>
        <source>the document goes on after its root element</source>
        <translation>ドキュメントのルート要素の後に続きがあります</translation>
    </message>
</context>
<context>
    <name>KeyDisplay</name>
    <message>
        <location filename="../ui/keydisplay.cpp" line="51"/>
        <source>(empty name)</source>
        <translation>(空の名前)</translation>
    </message>
</context>
<context>
    <name>LayoutMemory</name>
    <message>
        <location filename="../ui/layoutmemory.cpp" line="54"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../ui/layoutmemory.cpp" line="63"/>
        <source>Column %1</source>
        <translation>列 %1</translation>
    </message>
</context>
<context>
    <name>ListBucketsJob</name>
    <message>
        <location filename="../core/s3/listbucketsjob.cpp" line="26"/>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
</context>
<context>
    <name>ListObjectsJob</name>
    <message>
        <location filename="../core/s3/listobjectsjob.cpp" line="47"/>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
</context>
<context>
    <name>ListingGuard</name>
    <message>
        <location filename="../core/s3/listingguard.cpp" line="24"/>
        <source>the listing sent a continuation token it had sent before; stopped to avoid a loop</source>
        <translation>一覧で以前と同じ継続トークンが返されました。ループを避けるため停止しました</translation>
    </message>
</context>
<context>
    <name>LocalPath</name>
    <message>
        <location filename="../core/transfer/localpath.cpp" line="58"/>
        <source>no folder was chosen</source>
        <translation>フォルダーが選択されていません</translation>
    </message>
    <message>
        <location filename="../core/transfer/localpath.cpp" line="62"/>
        <source>&quot;%1&quot; is a folder marker</source>
        <translation>&quot;%1&quot; はフォルダーマーカーです</translation>
    </message>
    <message>
        <location filename="../core/transfer/localpath.cpp" line="70"/>
        <source>a part of &quot;%1&quot; is longer than a file name may be</source>
        <translation>&quot;%1&quot; の一部がファイル名の最大長を超えています</translation>
    </message>
    <message>
        <location filename="../core/transfer/localpath.cpp" line="76"/>
        <source>&quot;%1&quot; leaves no file name</source>
        <translation>&quot;%1&quot; ではファイル名が残りません</translation>
    </message>
    <message>
        <location filename="../core/transfer/localpath.cpp" line="83"/>
        <source>&quot;%1&quot; would leave the folder</source>
        <translation>&quot;%1&quot; はフォルダーの外に出てしまいます</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="65"/>
        <source>Local sandbox</source>
        <translation>ローカルサンドボックス</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="77"/>
        <source>Skylight</source>
        <translation>Skylight</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="84"/>
        <source>Clouds</source>
        <translation>クラウド</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89"/>
        <source>Choose a cloud, a region and a view in the clouds panel.</source>
        <translation>クラウドパネルでクラウド、リージョン、ビューを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <location filename="../ui/mainwindow.cpp" line="444"/>
        <source>Sandbox: %1</source>
        <translation>サンドボックス: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>Instances</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="164"/>
        <source>Maintenance events</source>
        <translation>メンテナンスイベント</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>Shows only the instances matching the text</source>
        <translation>テキストに一致するインスタンスだけを表示します</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>Shows only the events matching the text</source>
        <translation>テキストに一致するイベントだけを表示します</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>&amp;Add cloud…</source>
        <translation>クラウドの追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>Try the local &amp;sandbox</source>
        <translation>ローカルサンドボックスを試す(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>&amp;Cloud</source>
        <translation>クラウド(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238"/>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>&amp;Filter…</source>
        <translation>フィルター(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>Go to &amp;location…</source>
        <translation>場所へ移動(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="251"/>
        <source>Maintenance &amp;schedule</source>
        <translation>メンテナンススケジュール(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>&amp;Transfers</source>
        <translation>転送(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259"/>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="271"/>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="288"/>
        <source>%n cloud(s)</source>
        <translation>
            <numerusform>%n 個のクラウド</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="487"/>
        <source>Skylight is still running</source>
        <translation>Skylight は実行中です</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="488"/>
        <source>Transfers and reminders go on. Quit from the tray icon&apos;s menu.</source>
        <translation>転送とリマインダーは継続します。終了するにはトレイアイコンのメニューを使用してください。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="508"/>
        <source>Transfers running</source>
        <translation>転送の実行中</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="509"/>
        <source>Uploads or downloads are still running. Quit anyway? Unfinished transfers resume the next time Skylight starts.</source>
        <translation>アップロードまたはダウンロードがまだ実行中です。終了しますか? 未完了の転送は次回 Skylight の起動時に再開されます。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="551"/>
        <source>Nothing to refresh here</source>
        <translation>ここには更新するものがありません</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="564"/>
        <source>This page has no filter</source>
        <translation>このページにはフィルターがありません</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="265"/>
        <source>&amp;About Skylight</source>
        <translation>Skylight について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>No cloud configured yet</source>
        <translation>クラウドはまだ設定されていません</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="373"/>
        <source>Remove cloud</source>
        <translation>クラウドの削除</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="374"/>
        <source>Remove %1 and its keys from this computer? The cloud itself is not changed.</source>
        <translation>%1 とそのキーをこのコンピューターから削除しますか? クラウド自体は変更されません。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="397"/>
        <source>Starting the local sandbox…</source>
        <translation>ローカルサンドボックスを起動しています…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="424"/>
        <source>Sandbox: the keys were not stored: %1</source>
        <translation>サンドボックス: キーは保存されませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="432"/>
        <source>Sandbox running at %1; testing the connection…</source>
        <translation>サンドボックスを %1 で実行中。接続をテストしています…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="471"/>
        <source>Sandbox running at %1</source>
        <translation>サンドボックスを %1 で実行中</translation>
    </message>
</context>
<context>
    <name>MaintenanceEvent</name>
    <message>
        <location filename="../core/schedule/maintenanceevent.cpp" line="55"/>
        <source>scheduled</source>
        <translation>予定</translation>
    </message>
    <message>
        <location filename="../core/schedule/maintenanceevent.cpp" line="57"/>
        <source>in progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../core/schedule/maintenanceevent.cpp" line="59"/>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../core/schedule/maintenanceevent.cpp" line="61"/>
        <source>canceled</source>
        <translation>キャンセル済み</translation>
    </message>
</context>
<context>
    <name>MaintenanceEventsModel</name>
    <message>
        <location filename="../ui/maintenanceeventsmodel.cpp" line="41"/>
        <source>scheduled</source>
        <translation>予定</translation>
    </message>
    <message>
        <location filename="../ui/maintenanceeventsmodel.cpp" line="43"/>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../ui/maintenanceeventsmodel.cpp" line="45"/>
        <source>canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location filename="../ui/maintenanceeventsmodel.cpp" line="203"/>
        <source>Cloud</source>
        <translation>クラウド</translation>
    </message>
    <message>
        <location filename="../ui/maintenanceeventsmodel.cpp" line="205"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location filename="../ui/maintenanceeventsmodel.cpp" line="207"/>
        <source>Instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <location filename="../ui/maintenanceeventsmodel.cpp" line="209"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/maintenanceeventsmodel.cpp" line="211"/>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../ui/maintenanceeventsmodel.cpp" line="213"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../ui/maintenanceeventsmodel.cpp" line="215"/>
        <source>Window start</source>
        <translation>期間の開始</translation>
    </message>
    <message>
        <location filename="../ui/maintenanceeventsmodel.cpp" line="217"/>
        <source>Window end</source>
        <translation>期間の終了</translation>
    </message>
    <message>
        <location filename="../ui/maintenanceeventsmodel.cpp" line="219"/>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../ui/maintenanceeventsmodel.cpp" line="221"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>MakePrivateJob</name>
    <message>
        <location filename="../core/website/makeprivatejob.cpp" line="51"/>
        <source>Deleted the bucket policy (it held only Skylight&apos;s statement).</source>
        <translation>バケットポリシーを削除しました (Skylight のステートメントだけが含まれていました)。</translation>
    </message>
    <message>
        <location filename="../core/website/makeprivatejob.cpp" line="52"/>
        <source>Removed Skylight&apos;s statement from the bucket policy; the other statements stay.</source>
        <translation>バケットポリシーから Skylight のステートメントを削除しました。その他のステートメントは残ります。</translation>
    </message>
    <message>
        <location filename="../core/website/makeprivatejob.cpp" line="71"/>
        <source>Put the bucket&apos;s Block Public Access settings back as they were.</source>
        <translation>バケットのブロックパブリックアクセス設定を元に戻しました。</translation>
    </message>
    <message>
        <location filename="../core/website/makeprivatejob.cpp" line="87"/>
        <source>Made the bucket itself private again.</source>
        <translation>バケット自体を再び非公開にしました。</translation>
    </message>
    <message>
        <location filename="../core/website/makeprivatejob.cpp" line="99"/>
        <source>Made %1 private again.</source>
        <translation>%1 を再び非公開にしました。</translation>
    </message>
</context>
<context>
    <name>MakePublicDialog</name>
    <message>
        <location filename="../ui/website/makepublicdialog.cpp" line="30"/>
        <source>Reading the bucket&apos;s policy and Block Public Access settings…</source>
        <translation>バケットのポリシーとブロックパブリックアクセス設定を読み取っています…</translation>
    </message>
    <message>
        <location filename="../ui/website/makepublicdialog.cpp" line="33"/>
        <source>Let Skylight change these Block Public Access settings</source>
        <translation>Skylight にこれらのブロックパブリックアクセス設定の変更を許可する</translation>
    </message>
    <message>
        <location filename="../ui/website/makepublicdialog.cpp" line="35"/>
        <source>Also let everyone list the keys (missing pages answer 404, not 403)</source>
        <translation>キーの一覧表示も全員に許可する (存在しないページは 403 ではなく 404 を返します)</translation>
    </message>
    <message>
        <location filename="../ui/website/makepublicdialog.cpp" line="38"/>
        <source>Make %1 public</source>
        <translation>%1 を公開</translation>
    </message>
    <message>
        <location filename="../ui/website/makepublicdialog.cpp" line="45"/>
        <source>The bucket policy to apply appears here.</source>
        <translation>適用するバケットポリシーがここに表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/website/makepublicdialog.cpp" line="47"/>
        <source>Make public</source>
        <translation>公開する</translation>
    </message>
    <message>
        <location filename="../ui/website/makepublicdialog.cpp" line="55"/>
        <source>Everyone on the Internet will be able to read every object of &lt;b&gt;%1&lt;/b&gt;. Skylight will:</source>
        <translation>インターネット上の誰もが &lt;b&gt;%1&lt;/b&gt; のすべてのオブジェクトを読み取れるようになります。Skylight は次の操作を行います:</translation>
    </message>
    <message>
        <location filename="../ui/website/makepublicdialog.cpp" line="63"/>
        <source>Bucket policy:</source>
        <translation>バケットポリシー:</translation>
    </message>
    <message>
        <location filename="../ui/website/makepublicdialog.cpp" line="101"/>
        <source>&lt;b&gt;Block Public Access stops this.&lt;/b&gt; What must change:</source>
        <translation>&lt;b&gt;ブロックパブリックアクセスによって阻止されます。&lt;/b&gt; 変更が必要な設定:</translation>
    </message>
    <message>
        <location filename="../ui/website/makepublicdialog.cpp" line="104"/>
        <source>This cloud has no bucket policies: every object gets the public-read ACL instead.</source>
        <translation>このクラウドにはバケットポリシーがありません。代わりにすべてのオブジェクトに public-read ACL を設定します。</translation>
    </message>
    <message>
        <location filename="../ui/website/makepublicdialog.cpp" line="114"/>
        <source>Could not record what was changed: %1</source>
        <translation>変更内容を記録できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/website/makepublicdialog.cpp" line="122"/>
        <source>s3://%1 is public.</source>
        <translation>s3://%1 は公開されています。</translation>
    </message>
</context>
<context>
    <name>MakePublicJob</name>
    <message>
        <location filename="../core/website/makepublicjob.cpp" line="46"/>
        <source>The bucket&apos;s Block Public Access settings could not be read.</source>
        <translation>バケットのブロックパブリックアクセス設定を読み取れませんでした。</translation>
    </message>
    <message>
        <location filename="../core/website/makepublicjob.cpp" line="80"/>
        <source>Block Public Access stops this bucket from being made public. %1</source>
        <translation>ブロックパブリックアクセスにより、このバケットを公開できません。%1</translation>
    </message>
</context>
<context>
    <name>MakePublicPlan</name>
    <message>
        <location filename="../core/website/makepublicplan.cpp" line="45"/>
        <source>Change the bucket&apos;s Block Public Access settings: %1 (the other settings stay as they are).</source>
        <translation>バケットのブロックパブリックアクセス設定を変更します: %1 (その他の設定はそのままです)。</translation>
    </message>
    <message>
        <location filename="../core/website/makepublicplan.cpp" line="54"/>
        <source>Skylight may not read this bucket&apos;s Block Public Access settings; if they block public access, S3 will refuse or ignore what follows.</source>
        <translation>Skylight はこのバケットのブロックパブリックアクセス設定を読み取れない可能性があります。設定でパブリックアクセスがブロックされている場合、S3 は以降の操作を拒否または無視します。</translation>
    </message>
    <message>
        <location filename="../core/website/makepublicplan.cpp" line="64"/>
        <source>The bucket policy already lets everyone read the objects: nothing to add.</source>
        <translation>バケットポリシーで既に全員がオブジェクトを読み取れるようになっています。追加するものはありません。</translation>
    </message>
    <message>
        <location filename="../core/website/makepublicplan.cpp" line="66"/>
        <source>Apply a bucket policy letting everyone read the objects (s3:GetObject on arn:aws:s3:::%1/*).</source>
        <translation>全員にオブジェクトの読み取りを許可するバケットポリシーを適用します (arn:aws:s3:::%1/* に対する s3:GetObject)。</translation>
    </message>
    <message>
        <location filename="../core/website/makepublicplan.cpp" line="70"/>
        <source>Add a statement letting everyone read the objects (s3:GetObject on arn:aws:s3:::%1/*) to the bucket policy; its other statements stay.</source>
        <translation>全員にオブジェクトの読み取りを許可するステートメント (arn:aws:s3:::%1/* に対する s3:GetObject) をバケットポリシーに追加します。その他のステートメントは残ります。</translation>
    </message>
    <message>
        <location filename="../core/website/makepublicplan.cpp" line="74"/>
        <source>Let everyone list the bucket&apos;s keys (s3:ListBucket on arn:aws:s3:::%1), so that a missing page answers 404 with the error document.</source>
        <translation>全員にバケットのキーの一覧表示を許可します (arn:aws:s3:::%1 に対する s3:ListBucket)。これにより、存在しないページはエラードキュメントとともに 404 を返します。</translation>
    </message>
    <message>
        <location filename="../core/website/makepublicplan.cpp" line="78"/>
        <source>Missing pages will answer 403 (with the error document): S3 answers 404 only when everyone may list the bucket.</source>
        <translation>存在しないページは (エラードキュメントとともに) 403 を返します。S3 が 404 を返すのは、全員がバケットを一覧表示できる場合だけです。</translation>
    </message>
    <message>
        <location filename="../core/website/makepublicplan.cpp" line="81"/>
        <source>Note: an account-wide Block Public Access setting, if on, still blocks the policy; Skylight can only see the bucket&apos;s own settings.</source>
        <translation>注意: アカウント全体のブロックパブリックアクセス設定が有効な場合、ポリシーは引き続きブロックされます。Skylight が確認できるのはバケット自体の設定だけです。</translation>
    </message>
    <message>
        <location filename="../core/website/makepublicplan.cpp" line="84"/>
        <source>This cloud has no bucket policies: give every object in the bucket the canned ACL public-read (objects added later need it too).</source>
        <translation>このクラウドにはバケットポリシーがありません。バケット内のすべてのオブジェクトに既定 ACL public-read を設定します (後から追加するオブジェクトにも必要です)。</translation>
    </message>
    <message>
        <location filename="../core/website/makepublicplan.cpp" line="87"/>
        <source>Give the bucket itself the canned ACL public-read, so that everyone may list its keys and a missing page answers 404.</source>
        <translation>バケット自体に既定 ACL public-read を設定します。これにより、全員がキーを一覧表示でき、存在しないページは 404 を返します。</translation>
    </message>
</context>
<context>
    <name>ModifyInstanceEventStartTimeJob</name>
    <message>
        <location filename="../core/ec2/modifyinstanceeventstarttimejob.cpp" line="27"/>
        <source>ModifyInstanceEventStartTime is not offered by EC2 API version %1 (it needs %2 or later): events cannot be rescheduled on this cloud</source>
        <translation>ModifyInstanceEventStartTime は EC2 API バージョン %1 では提供されていません (%2 以降が必要): このクラウドではイベントのスケジュールを変更できません</translation>
    </message>
    <message>
        <location filename="../core/ec2/modifyinstanceeventstarttimejob.cpp" line="31"/>
        <source>no instance id given</source>
        <translation>インスタンス ID が指定されていません</translation>
    </message>
    <message>
        <location filename="../core/ec2/modifyinstanceeventstarttimejob.cpp" line="33"/>
        <source>no event id given</source>
        <translation>イベント ID が指定されていません</translation>
    </message>
    <message>
        <location filename="../core/ec2/modifyinstanceeventstarttimejob.cpp" line="35"/>
        <source>no valid new start time given</source>
        <translation>有効な新しい開始時刻が指定されていません</translation>
    </message>
    <message>
        <location filename="../core/ec2/modifyinstanceeventstarttimejob.cpp" line="57"/>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <location filename="../ui/settings/networkpage.cpp" line="17"/>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>システムのプロキシ設定を使用する(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/settings/networkpage.cpp" line="18"/>
        <source>&amp;No proxy</source>
        <translation>プロキシを使用しない(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/settings/networkpage.cpp" line="19"/>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>手動で HTTP プロキシを設定(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/settings/networkpage.cpp" line="24"/>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <location filename="../ui/settings/networkpage.cpp" line="32"/>
        <source>System proxy</source>
        <translation>システムのプロキシ</translation>
    </message>
    <message>
        <location filename="../ui/settings/networkpage.cpp" line="33"/>
        <source>No proxy</source>
        <translation>プロキシなし</translation>
    </message>
    <message>
        <location filename="../ui/settings/networkpage.cpp" line="34"/>
        <source>Manual proxy</source>
        <translation>手動プロキシ</translation>
    </message>
    <message>
        <location filename="../ui/settings/networkpage.cpp" line="37"/>
        <source>Proxy host</source>
        <translation>プロキシのホスト</translation>
    </message>
    <message>
        <location filename="../ui/settings/networkpage.cpp" line="38"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location filename="../ui/settings/networkpage.cpp" line="39"/>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <location filename="../ui/settings/networkpage.cpp" line="41"/>
        <source>Proxy port</source>
        <translation>プロキシのポート</translation>
    </message>
    <message>
        <location filename="../ui/settings/networkpage.cpp" line="42"/>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/settings/networkpage.cpp" line="45"/>
        <source>Applies to every cloud, from the next request on.</source>
        <translation>すべてのクラウドに、次のリクエストから適用されます。</translation>
    </message>
</context>
<context>
    <name>ObjectDeleter</name>
    <message>
        <location filename="../ui/objectdeleter.cpp" line="23"/>
        <source>Counting what would be deleted…</source>
        <translation>削除対象を数えています…</translation>
    </message>
    <message>
        <location filename="../ui/objectdeleter.cpp" line="45"/>
        <source>Nothing was deleted: %1</source>
        <translation>何も削除されませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/objectdeleter.cpp" line="47"/>
        <source>There is nothing to delete.</source>
        <translation>削除するものがありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/objectdeleter.cpp" line="51"/>
        <source>Delete %n object(s) (%1) from %2?</source>
        <translation>
            <numerusform>%n 個のオブジェクト (%1) を %2 から削除しますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/objectdeleter.cpp" line="52"/>
        <source>Delete %n object(s) (%1) from %2, including everything in %3 folder(s)?</source>
        <translation>
            <numerusform>%n 個のオブジェクト (%1) を %2 から削除しますか? %3 個のフォルダーの中身もすべて削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/objectdeleter.cpp" line="56"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/objectdeleter.cpp" line="57"/>
        <source>This cannot be undone.</source>
        <translation>この操作は元に戻せません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/objectdeleter.cpp" line="64"/>
        <source>Deleting %n object(s)…</source>
        <translation>
            <numerusform>%n 個のオブジェクトを削除しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/objectdeleter.cpp" line="71"/>
        <source>%n could not be deleted, the first: %1</source>
        <translation>
            <numerusform>%n 個は削除できませんでした。最初のエラー: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/objectdeleter.cpp" line="74"/>
        <source>%n object(s) deleted</source>
        <translation>
            <numerusform>%n 個のオブジェクトを削除しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/objectdeleter.cpp" line="75"/>
        <source>%n object(s) deleted; %1</source>
        <translation>
            <numerusform>%n 個のオブジェクトを削除しました。%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectDragPayload</name>
    <message>
        <location filename="../ui/dnd/objectdragpayload.cpp" line="69"/>
        <source>Open a bucket first: objects are copied into the bucket or folder they are dropped on.</source>
        <translation>先にバケットを開いてください。オブジェクトはドロップ先のバケットまたはフォルダーにコピーされます。</translation>
    </message>
    <message>
        <location filename="../ui/dnd/objectdragpayload.cpp" line="75"/>
        <source>%1 cannot be copied or moved onto itself.</source>
        <translation>%1 をそれ自体にコピーまたは移動することはできません。</translation>
    </message>
    <message>
        <location filename="../ui/dnd/objectdragpayload.cpp" line="77"/>
        <source>%1 cannot be copied or moved into its own sub-folder %2.</source>
        <translation>%1 を自身のサブフォルダー %2 にコピーまたは移動することはできません。</translation>
    </message>
    <message>
        <location filename="../ui/dnd/objectdragpayload.cpp" line="81"/>
        <source>They are already in %1.</source>
        <translation>既に %1 にあります。</translation>
    </message>
</context>
<context>
    <name>ObjectDropHandler</name>
    <message>
        <location filename="../ui/dnd/objectdrophandler.cpp" line="23"/>
        <source>Only files, folders and Skylight objects can be dropped here.</source>
        <translation>ここにドロップできるのは、ファイル、フォルダー、Skylight のオブジェクトだけです。</translation>
    </message>
    <message>
        <location filename="../ui/dnd/objectdrophandler.cpp" line="25"/>
        <source>Connect to a cloud first.</source>
        <translation>先にクラウドに接続してください。</translation>
    </message>
    <message>
        <location filename="../ui/dnd/objectdrophandler.cpp" line="29"/>
        <source>The objects come from a cloud that is no longer connected, or from another Skylight process; download them and upload the files instead.</source>
        <translation>オブジェクトの元のクラウドはもう接続されていないか、別の Skylight プロセスのものです。ダウンロードしてからファイルをアップロードしてください。</translation>
    </message>
    <message>
        <location filename="../ui/dnd/objectdrophandler.cpp" line="34"/>
        <source>%1 A move would delete the originals there; drop without Shift to copy them instead.</source>
        <translation>%1 移動するとそこにある元のオブジェクトが削除されます。代わりにコピーするには Shift を押さずにドロップしてください。</translation>
    </message>
    <message>
        <location filename="../ui/dnd/objectdrophandler.cpp" line="39"/>
        <source>Open a bucket first: objects are copied into the bucket or folder they are dropped on.</source>
        <translation>先にバケットを開いてください。オブジェクトはドロップ先のバケットまたはフォルダーにコピーされます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="49"/>
        <source>Drop to move %n item(s) into %1</source>
        <translation>
            <numerusform>ドロップして %n 項目を %1 に移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="50"/>
        <source>Drop to copy %n item(s) into %1 (hold Shift to move)</source>
        <translation>
            <numerusform>ドロップして %n 項目を %1 にコピー (Shift キーを押しながらで移動)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="82"/>
        <source>Moving %n item(s) to %1…</source>
        <translation>
            <numerusform>%n 項目を %1 に移動しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="83"/>
        <source>Copying %n item(s) to %1…</source>
        <translation>
            <numerusform>%n 項目を %1 にコピーしています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="98"/>
        <source>Moving %n item(s) to %1 through this computer…</source>
        <translation>
            <numerusform>このコンピューターを経由して %n 項目を %1 に移動しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="99"/>
        <source>Copying %n item(s) to %1 through this computer…</source>
        <translation>
            <numerusform>このコンピューターを経由して %n 項目を %1 にコピーしています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="108"/>
        <source>%n object(s) moved</source>
        <translation>
            <numerusform>%n 個のオブジェクトを移動しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="108"/>
        <source>%n object(s) copied</source>
        <translation>
            <numerusform>%n 個のオブジェクトをコピーしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="110"/>
        <source>%n object(s) moved; %1</source>
        <translation>
            <numerusform>%n 個のオブジェクトを移動しました。%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="111"/>
        <source>%n object(s) copied; %1</source>
        <translation>
            <numerusform>%n 個のオブジェクトをコピーしました。%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectListModel</name>
    <message>
        <location filename="../ui/objectlistmodel.cpp" line="194"/>
        <source>(folder marker)</source>
        <translation>(フォルダーマーカー)</translation>
    </message>
    <message>
        <location filename="../ui/objectlistmodel.cpp" line="245"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/objectlistmodel.cpp" line="247"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../ui/objectlistmodel.cpp" line="249"/>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <location filename="../ui/objectlistmodel.cpp" line="251"/>
        <source>Storage class</source>
        <translation>ストレージクラス</translation>
    </message>
</context>
<context>
    <name>ObjectMover</name>
    <message>
        <location filename="../ui/objectmover.cpp" line="37"/>
        <source>nothing was copied: %1</source>
        <translation>何もコピーされませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/objectmover.cpp" line="64"/>
        <source>%1: skipped, %2</source>
        <translation>%1: スキップしました。%2</translation>
    </message>
    <message>
        <location filename="../ui/objectmover.cpp" line="66"/>
        <source>%1: cancelled</source>
        <translation>%1: キャンセルされました</translation>
    </message>
    <message>
        <location filename="../ui/objectmover.cpp" line="68"/>
        <location filename="../ui/objectmover.cpp" line="86"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/objectmover.cpp" line="83"/>
        <source>The copies were made, but the originals were not deleted: %1</source>
        <translation>コピーは作成されましたが、元のオブジェクトは削除されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ObjectPickerDialog</name>
    <message>
        <location filename="../ui/website/objectpickerdialog.cpp" line="22"/>
        <source>Listing s3://%1…</source>
        <translation>s3://%1 を一覧表示しています…</translation>
    </message>
    <message>
        <location filename="../ui/website/objectpickerdialog.cpp" line="24"/>
        <source>Choose an object of %1</source>
        <translation>%1 のオブジェクトを選択</translation>
    </message>
    <message>
        <location filename="../ui/website/objectpickerdialog.cpp" line="25"/>
        <source>Filter, e.g. .html</source>
        <translation>フィルター (例: .html)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/website/objectpickerdialog.cpp" line="75"/>
        <source>The first %n objects; type to filter them.</source>
        <translation>
            <numerusform>最初の %n 個のオブジェクトです。入力して絞り込めます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/website/objectpickerdialog.cpp" line="76"/>
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n 個のオブジェクト</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectPropertiesDialog</name>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="27"/>
        <source>Properties of %1</source>
        <translation>%1 のプロパティ</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="28"/>
        <source>Bucket</source>
        <translation>バケット</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="29"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="30"/>
        <source>Asking the cloud…</source>
        <translation>クラウドに問い合わせています…</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="41"/>
        <source>unknown (%1)</source>
        <translation>不明 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="50"/>
        <source>Website redirect</source>
        <translation>ウェブサイトのリダイレクト</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="51"/>
        <source>/other/page.html or https://example.com/ (none)</source>
        <translation>/other/page.html または https://example.com/ (なし)</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="52"/>
        <source>The bucket&apos;s website endpoint answers 301 to this address for this key.</source>
        <translation>バケットのウェブサイトエンドポイントは、このキーに対してこのアドレスへの 301 を返します。</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="54"/>
        <location filename="../ui/objectpropertiesdialog.cpp" line="55"/>
        <source>Set redirect</source>
        <translation>リダイレクトを設定</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="56"/>
        <source>Copies the object onto itself with the redirect; its content type and metadata are kept, its ACL becomes the bucket&apos;s default.</source>
        <translation>リダイレクトを付けてオブジェクトをそれ自体にコピーします。コンテンツタイプとメタデータは保持され、ACL はバケットのデフォルトになります。</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="60"/>
        <source>Redirect status</source>
        <translation>リダイレクトの状態</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="75"/>
        <source>Website redirect:</source>
        <translation>ウェブサイトのリダイレクト:</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="91"/>
        <source>Setting the redirect…</source>
        <translation>リダイレクトを設定しています…</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="96"/>
        <source>Redirect set.</source>
        <translation>リダイレクトを設定しました。</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="111"/>
        <source>ACL</source>
        <translation>ACL</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="124"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="132"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="133"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 バイト)</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="134"/>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="135"/>
        <source>ETag</source>
        <translation>ETag</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="136"/>
        <source>Storage class</source>
        <translation>ストレージクラス</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="136"/>
        <source>STANDARD</source>
        <translation>STANDARD</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="137"/>
        <source>Content type</source>
        <translation>コンテンツタイプ</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="139"/>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="139"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="141"/>
        <source>x-amz-meta-%1</source>
        <translation>x-amz-meta-%1</translation>
    </message>
</context>
<context>
    <name>ObjectRedirectJob</name>
    <message>
        <location filename="../core/website/objectredirectjob.cpp" line="31"/>
        <source>The redirect target is empty.</source>
        <translation>リダイレクト先が空です。</translation>
    </message>
    <message>
        <location filename="../core/website/objectredirectjob.cpp" line="33"/>
        <source>The redirect target is longer than 2,048 characters.</source>
        <translation>リダイレクト先が 2,048 文字を超えています。</translation>
    </message>
    <message>
        <location filename="../core/website/objectredirectjob.cpp" line="36"/>
        <source>The redirect target contains a control character.</source>
        <translation>リダイレクト先に制御文字が含まれています。</translation>
    </message>
    <message>
        <location filename="../core/website/objectredirectjob.cpp" line="43"/>
        <source>The redirect target %1 is not a valid URL.</source>
        <translation>リダイレクト先 %1 は有効な URL ではありません。</translation>
    </message>
    <message>
        <location filename="../core/website/objectredirectjob.cpp" line="46"/>
        <source>The redirect target must start with /, http:// or https:// (got %1).</source>
        <translation>リダイレクト先は /、http://、https:// のいずれかで始まる必要があります (指定値: %1)。</translation>
    </message>
    <message>
        <location filename="../core/website/objectredirectjob.cpp" line="92"/>
        <source>The copy that sets the redirect failed: %1</source>
        <translation>リダイレクトを設定するコピーに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>ObjectsView</name>
    <message>
        <location filename="../ui/objectsview.cpp" line="27"/>
        <source>Objects</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../ui/objectsview.cpp" line="56"/>
        <source>Objects cannot be dropped here.</source>
        <translation>オブジェクトをここにドロップすることはできません。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../core/clouds/profilestore.cpp" line="36"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location filename="../core/clouds/profilestore.cpp" line="42"/>
        <source>%1 is not a Skylight profile list: %2</source>
        <translation>%1 は Skylight のプロファイル一覧ではありません: %2</translation>
    </message>
    <message>
        <location filename="../core/clouds/profilestore.cpp" line="47"/>
        <source>%1 was written by a newer Skylight</source>
        <translation>%1 は新しいバージョンの Skylight で書き込まれています</translation>
    </message>
    <message>
        <location filename="../core/clouds/profilestore.cpp" line="54"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/clouds/profilestore.cpp" line="68"/>
        <source>Cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location filename="../core/clouds/profilestore.cpp" line="82"/>
        <location filename="../core/clouds/profilestore.cpp" line="89"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>PublicAccessBlock</name>
    <message>
        <location filename="../core/website/publicaccessblock.cpp" line="56"/>
        <source>BlockPublicPolicy is on: S3 refuses any bucket policy that grants public access. Turn it off for this bucket.</source>
        <translation>BlockPublicPolicy が有効です。S3 はパブリックアクセスを許可するバケットポリシーをすべて拒否します。このバケットでは無効にしてください。</translation>
    </message>
    <message>
        <location filename="../core/website/publicaccessblock.cpp" line="59"/>
        <source>RestrictPublicBuckets is on: S3 ignores public grants in the bucket policy, so the website answers 403. Turn it off for this bucket.</source>
        <translation>RestrictPublicBuckets が有効です。S3 はバケットポリシー内のパブリックな許可を無視するため、ウェブサイトは 403 を返します。このバケットでは無効にしてください。</translation>
    </message>
    <message>
        <location filename="../core/website/publicaccessblock.cpp" line="68"/>
        <source>BlockPublicAcls is on: S3 refuses public-read ACLs. Turn it off for this bucket.</source>
        <translation>BlockPublicAcls が有効です。S3 は public-read ACL を拒否します。このバケットでは無効にしてください。</translation>
    </message>
    <message>
        <location filename="../core/website/publicaccessblock.cpp" line="70"/>
        <source>IgnorePublicAcls is on: S3 ignores public-read ACLs. Turn it off for this bucket.</source>
        <translation>IgnorePublicAcls が有効です。S3 は public-read ACL を無視します。このバケットでは無効にしてください。</translation>
    </message>
</context>
<context>
    <name>PublicReadPolicy</name>
    <message>
        <location filename="../core/website/publicreadpolicy.cpp" line="60"/>
        <source>The bucket&apos;s current policy is not a JSON object (%1); Skylight leaves it alone.</source>
        <translation>バケットの現在のポリシーが JSON オブジェクトではありません (%1)。Skylight は変更しません。</translation>
    </message>
</context>
<context>
    <name>PublishPlan</name>
    <message>
        <location filename="../core/website/publishplan.cpp" line="60"/>
        <source>%1 is not a folder.</source>
        <translation>%1 はフォルダーではありません。</translation>
    </message>
</context>
<context>
    <name>PublishWizard</name>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="25"/>
        <source>Publish a folder to %1</source>
        <translation>%1 にフォルダーを公開</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="38"/>
        <source>Folder and options</source>
        <translation>フォルダーとオプション</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="40"/>
        <source>The folder&apos;s files become the objects of s3://%1, with the same paths.</source>
        <translation>フォルダー内のファイルが、同じパスで s3://%1 のオブジェクトになります。</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="42"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="45"/>
        <source>Folder to publish</source>
        <translation>公開するフォルダー</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="51"/>
        <source>error.html or 404.html when the folder has one</source>
        <translation>フォルダーにある場合は error.html または 404.html</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="54"/>
        <source>e.g. max-age=300 (empty: none)</source>
        <translation>例: max-age=300 (空の場合はなし)</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="55"/>
        <source>Delete objects the folder no longer has</source>
        <translation>フォルダーにもうないオブジェクトを削除する</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="56"/>
        <source>Make the bucket public (a bucket policy granting read to everyone)</source>
        <translation>バケットを公開する (全員に読み取りを許可するバケットポリシー)</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="58"/>
        <source>Relax Block Public Access if it is in the way</source>
        <translation>妨げになる場合はブロックパブリックアクセスを緩和する</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="63"/>
        <source>Folder:</source>
        <translation>フォルダー:</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="64"/>
        <source>Index document:</source>
        <translation>インデックスドキュメント:</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="65"/>
        <source>Error document:</source>
        <translation>エラードキュメント:</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="66"/>
        <source>Cache-Control:</source>
        <translation>Cache-Control:</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="79"/>
        <source>What will change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="80"/>
        <source>Only new and changed files are uploaded (same size and MD5: left as it is).</source>
        <translation>新規および変更されたファイルだけがアップロードされます (サイズと MD5 が同じものはそのままです)。</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="85"/>
        <source>Publish</source>
        <translation>公開</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="96"/>
        <source>Publishing</source>
        <translation>公開中</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="97"/>
        <source>Uploading, then setting up s3://%1 as a website and fetching it.</source>
        <translation>アップロードした後、s3://%1 をウェブサイトとして設定し、取得して確認します。</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="142"/>
        <source>Reading the folder and listing the bucket…</source>
        <translation>フォルダーを読み取り、バケットを一覧表示しています…</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="151"/>
        <source>%1 to upload, %2 unchanged, %3 to delete.</source>
        <translation>アップロード %1、変更なし %2、削除 %3。</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="156"/>
        <source>upload  %1  (%2)</source>
        <translation>アップロード  %1  (%2)</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="158"/>
        <source>delete  %1</source>
        <translation>削除  %1</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="178"/>
        <source>Could not record what was made public: %1</source>
        <translation>公開した内容を記録できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="183"/>
        <source>Uploaded %1, unchanged %2, deleted %3.</source>
        <translation>アップロード %1、変更なし %2、削除 %3。</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="189"/>
        <source>The site: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>サイト: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="192"/>
        <source>Index: %1, error page: %2</source>
        <translation>インデックス: %1、エラーページ: %2</translation>
    </message>
</context>
<context>
    <name>PutBucketWebsiteJob</name>
    <message>
        <location filename="../core/website/putbucketwebsitejob.cpp" line="27"/>
        <source>This configuration is for another cloud&apos;s website settings; read it from this bucket first.</source>
        <translation>この設定は別のクラウドのウェブサイト設定用です。先にこのバケットから読み込んでください。</translation>
    </message>
</context>
<context>
    <name>QFile</name>
    <message>
        <location filename="../core/website/publicrecord.cpp" line="50"/>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
</context>
<context>
    <name>RawHttpSender</name>
    <message>
        <location filename="../core/transport/rawhttpsender.cpp" line="128"/>
        <source>the answer is too large</source>
        <translation>応答が大きすぎます</translation>
    </message>
    <message>
        <location filename="../core/transport/rawhttpsender.cpp" line="205"/>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message numerus="yes">
        <location filename="../ui/remindernotifier.cpp" line="25"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/remindernotifier.cpp" line="26"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/remindernotifier.cpp" line="114"/>
        <source>%1 in %2</source>
        <translation>%1 (あと %2)</translation>
    </message>
    <message>
        <location filename="../ui/remindernotifier.cpp" line="116"/>
        <source>%1 on %2 / %3, from %4</source>
        <translation>%1 (%2 / %3)、%4 から</translation>
    </message>
</context>
<context>
    <name>ReminderSchedule</name>
    <message>
        <location filename="../core/schedule/reminderschedule.cpp" line="121"/>
        <location filename="../core/schedule/reminderschedule.cpp" line="170"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/schedule/reminderschedule.cpp" line="130"/>
        <source>too large to be a reminder list; it will be replaced</source>
        <translation>リマインダー一覧としては大きすぎます。置き換えられます</translation>
    </message>
    <message>
        <location filename="../core/schedule/reminderschedule.cpp" line="134"/>
        <source>not a reminder list (%1); it will be replaced</source>
        <translation>リマインダー一覧ではありません (%1)。置き換えられます</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../ui/rescheduledialog.cpp" line="16"/>
        <source>Reschedule event</source>
        <translation>イベントのスケジュール変更</translation>
    </message>
    <message>
        <location filename="../ui/rescheduledialog.cpp" line="18"/>
        <source>&lt;p&gt;Move the start of &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;It now starts %2; the provider accepts any start until %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; の開始時刻を移動します。&lt;/p&gt;&lt;p&gt;現在の開始は %2 です。プロバイダーは %3 までの任意の開始時刻を受け付けます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/rescheduledialog.cpp" line="26"/>
        <source>New start</source>
        <translation>新しい開始時刻</translation>
    </message>
</context>
<context>
    <name>RoutingRulesEditor</name>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="26"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="27"/>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="28"/>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="32"/>
        <source>Key prefix</source>
        <translation>キーのプレフィックス</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="33"/>
        <source>Error code</source>
        <translation>エラーコード</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="34"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="35"/>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="36"/>
        <source>New prefix</source>
        <translation>新しいプレフィックス</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="37"/>
        <source>New key</source>
        <translation>新しいキー</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="38"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="39"/>
        <source>Condition: the request&apos;s key starts with this (KeyPrefixEquals).</source>
        <translation>条件: リクエストのキーがこの文字列で始まる (KeyPrefixEquals)。</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="40"/>
        <source>Condition: the page would answer this HTTP error, 4xx or 5xx (HttpErrorCodeReturnedEquals).</source>
        <translation>条件: ページがこの HTTP エラー (4xx または 5xx) を返す場合 (HttpErrorCodeReturnedEquals)。</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="41"/>
        <source>Redirect: http or https (Protocol).</source>
        <translation>リダイレクト: http または https (Protocol)。</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="42"/>
        <source>Redirect: the host to send visitors to (HostName).</source>
        <translation>リダイレクト: 訪問者の転送先ホスト (HostName)。</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="43"/>
        <source>Redirect: replace the matched prefix with this (ReplaceKeyPrefixWith).</source>
        <translation>リダイレクト: 一致したプレフィックスをこれで置き換える (ReplaceKeyPrefixWith)。</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="44"/>
        <source>Redirect: replace the whole key with this (ReplaceKeyWith).</source>
        <translation>リダイレクト: キー全体をこれで置き換える (ReplaceKeyWith)。</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="45"/>
        <source>Redirect: the HTTP status, 3xx (HttpRedirectCode).</source>
        <translation>リダイレクト: HTTP ステータス、3xx (HttpRedirectCode)。</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="56"/>
        <source>A rule applies when all its conditions match; the first matching rule wins. Leave a cell empty to leave the element out.</source>
        <translation>すべての条件に一致するとルールが適用され、最初に一致したルールが優先されます。要素を省略するにはセルを空のままにします。</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="65"/>
        <source>Add rule</source>
        <translation>ルールを追加</translation>
    </message>
</context>
<context>
    <name>S3ClientPool</name>
    <message>
        <location filename="../ui/s3clientpool.cpp" line="33"/>
        <source>There is no cloud named %1.</source>
        <translation>%1 という名前のクラウドはありません。</translation>
    </message>
    <message>
        <location filename="../ui/s3clientpool.cpp" line="35"/>
        <source>%1 has no S3 endpoint.</source>
        <translation>%1 には S3 エンドポイントがありません。</translation>
    </message>
    <message>
        <location filename="../ui/s3clientpool.cpp" line="51"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>S3Command</name>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="166"/>
        <source>not an s3:// URL: %1</source>
        <translation>s3:// の URL ではありません: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="223"/>
        <source>rm needs s3://BUCKET/KEY (or a prefix with --recursive)</source>
        <translation>rm には s3://BUCKET/KEY (または --recursive 付きのプレフィックス) が必要です</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="255"/>
        <source>%1 needs s3://BUCKET</source>
        <translation>%1 には s3://BUCKET が必要です</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="268"/>
        <source>presign needs s3://BUCKET/KEY</source>
        <translation>presign には s3://BUCKET/KEY が必要です</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="272"/>
        <source>--expires takes a number of seconds</source>
        <translation>--expires には秒数を指定します</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="286"/>
        <source>Lists, copies, removes and shares objects and buckets.</source>
        <translation>オブジェクトとバケットの一覧表示、コピー、削除、共有を行います。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="290"/>
        <source>The region (mb: where the bucket is made).</source>
        <translation>リージョン (mb: バケットを作成する場所)。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="291"/>
        <source>ls: every key; cp, rm: a whole folder or prefix.</source>
        <translation>ls: すべてのキー。cp、rm: フォルダーまたはプレフィックス全体。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="292"/>
        <source>ls: print JSON.</source>
        <translation>ls: JSON で出力します。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="294"/>
        <source>cp: the folder of the resume journal (default: the user&apos;s data folder); a killed cp run again with the same arguments continues where it stopped.</source>
        <translation>cp: 再開用ジャーナルのフォルダー (デフォルト: ユーザーのデータフォルダー)。中断された cp を同じ引数で再実行すると、停止した位置から続行します。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="299"/>
        <source>cp: keep no journal (a killed cp starts again from the beginning).</source>
        <translation>cp: ジャーナルを残しません (中断された cp は最初からやり直しになります)。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="300"/>
        <source>cp: files moving at once (default 8).</source>
        <translation>cp: 同時に転送するファイル数 (デフォルト 8)。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="301"/>
        <source>cp: parts or ranges in flight over all files (default 8).</source>
        <translation>cp: 全ファイル合計で同時に転送するパートまたは範囲の数 (デフォルト 8)。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="303"/>
        <source>cp: the smallest part size in MiB (default 8; at least 5).</source>
        <translation>cp: 最小パートサイズ (MiB、デフォルト 8、最小 5)。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="306"/>
        <source>presign: seconds the link stays valid (default 3600, at most 604800 for SigV4).</source>
        <translation>presign: リンクの有効秒数 (デフォルト 3600、SigV4 では最大 604800)。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="310"/>
        <source>ls [s3://B[/P]], cp SRC DST, rm s3://B/K, mb s3://B, rb s3://B, presign s3://B/K</source>
        <translation>ls [s3://B[/P]]、cp SRC DST、rm s3://B/K、mb s3://B、rb s3://B、presign s3://B/K</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="315"/>
        <source>an action is needed: ls, cp, rm, mb, rb or presign</source>
        <translation>操作を指定してください: ls、cp、rm、mb、rb、presign のいずれか</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="332"/>
        <source>cp needs SOURCE and DESTINATION</source>
        <translation>cp には SOURCE と DESTINATION が必要です</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="347"/>
        <source>--max-files, --max-parts and --part-size take a number</source>
        <translation>--max-files、--max-parts、--part-size には数値を指定します</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="356"/>
        <source>unknown action %1</source>
        <translation>不明な操作 %1</translation>
    </message>
</context>
<context>
    <name>S3Copy</name>
    <message>
        <location filename="../app/skylight-cli/s3copycommand.cpp" line="67"/>
        <source>skylight-cli s3: a bucket name is needed after s3://</source>
        <translation>skylight-cli s3: s3:// の後にバケット名が必要です</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3copycommand.cpp" line="71"/>
        <source>skylight-cli s3: one of SOURCE and DESTINATION must be an s3:// URL</source>
        <translation>skylight-cli s3: SOURCE と DESTINATION のどちらかは s3:// の URL である必要があります</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3copycommand.cpp" line="87"/>
        <source>%1 (resumed, %2 bytes were already there)</source>
        <translation>%1 (再開、%2 バイトは既に転送済み)</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3copycommand.cpp" line="91"/>
        <source>skipped: %1: %2</source>
        <translation>スキップ: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3copycommand.cpp" line="117"/>
        <source>skylight-cli s3: %1 is a folder: use --recursive</source>
        <translation>skylight-cli s3: %1 はフォルダーです。--recursive を使用してください</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3copycommand.cpp" line="129"/>
        <source>skylight-cli s3: cannot create %1</source>
        <translation>skylight-cli s3: %1 を作成できません</translation>
    </message>
</context>
<context>
    <name>S3Job</name>
    <message>
        <location filename="../core/s3/s3job.cpp" line="26"/>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
</context>
<context>
    <name>S3cfgImporter</name>
    <message>
        <location filename="../core/clouds/s3cfgimporter.cpp" line="70"/>
        <source>access_key and secret_key must be given together</source>
        <translation>access_key と secret_key は両方とも指定する必要があります</translation>
    </message>
    <message>
        <location filename="../core/clouds/s3cfgimporter.cpp" line="78"/>
        <source>use_https must be True or False</source>
        <translation>use_https は True または False でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/clouds/s3cfgimporter.cpp" line="84"/>
        <source>signature_v2 must be True or False</source>
        <translation>signature_v2 は True または False でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/clouds/s3cfgimporter.cpp" line="134"/>
        <source>no section with access_key or host_base</source>
        <translation>access_key または host_base を含むセクションがありません</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <location filename="../app/skylight-cli/sandboxcommand.cpp" line="39"/>
        <source>skylight-cli: skylight-sandbox is not installed beside skylight-cli (looked for %1)</source>
        <translation>skylight-cli: skylight-cli と同じ場所に skylight-sandbox がインストールされていません (検索先: %1)</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/sandboxcommand.cpp" line="59"/>
        <location filename="../app/skylight-cli/sandboxcommand.cpp" line="70"/>
        <source>skylight-cli: cannot start %1: %2</source>
        <translation>skylight-cli: %1 を起動できません: %2</translation>
    </message>
</context>
<context>
    <name>SandboxLauncher</name>
    <message>
        <location filename="../ui/sandboxlauncher.cpp" line="100"/>
        <source>skylight-sandbox was not found next to Skylight.</source>
        <translation>Skylight と同じ場所に skylight-sandbox が見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/sandboxlauncher.cpp" line="113"/>
        <source>skylight-sandbox could not be started: %1</source>
        <translation>skylight-sandbox を起動できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/sandboxlauncher.cpp" line="119"/>
        <source>The sandbox stopped (exit status %1).</source>
        <translation>サンドボックスが停止しました (終了ステータス %1)。</translation>
    </message>
    <message>
        <location filename="../ui/sandboxlauncher.cpp" line="120"/>
        <source>The sandbox stopped: %1</source>
        <translation>サンドボックスが停止しました: %1</translation>
    </message>
    <message>
        <location filename="../ui/sandboxlauncher.cpp" line="124"/>
        <source>The sandbox did not report ready within %1 seconds.</source>
        <translation>サンドボックスが %1 秒以内に準備完了を報告しませんでした。</translation>
    </message>
</context>
<context>
    <name>ScheduleFilters</name>
    <message>
        <location filename="../ui/schedulefilters.cpp" line="38"/>
        <source>Upcoming only</source>
        <translation>今後の予定のみ</translation>
    </message>
    <message>
        <location filename="../ui/schedulefilters.cpp" line="39"/>
        <source>Hide completed and canceled events and windows that have closed</source>
        <translation>完了またはキャンセル済みのイベントと、終了した期間を非表示にします</translation>
    </message>
    <message>
        <location filename="../ui/schedulefilters.cpp" line="41"/>
        <source>Cloud filter</source>
        <translation>クラウドのフィルター</translation>
    </message>
    <message>
        <location filename="../ui/schedulefilters.cpp" line="44"/>
        <source>Event filter</source>
        <translation>イベントのフィルター</translation>
    </message>
    <message>
        <location filename="../ui/schedulefilters.cpp" line="67"/>
        <source>All clouds</source>
        <translation>すべてのクラウド</translation>
    </message>
    <message>
        <location filename="../ui/schedulefilters.cpp" line="68"/>
        <source>All events</source>
        <translation>すべてのイベント</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="23"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="24"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="28"/>
        <source>Maintenance reminders</source>
        <translation>メンテナンスのリマインダー</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="30"/>
        <source>Show a reminder this long before a maintenance window opens:</source>
        <translation>メンテナンス期間の開始前にリマインダーを表示するタイミング:</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="33"/>
        <source>Reminder lead times</source>
        <translation>リマインダーの通知タイミング</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="39"/>
        <source>New lead time</source>
        <translation>新しい通知タイミング</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="40"/>
        <source>minutes before</source>
        <translation>分前</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="41"/>
        <source>hours before</source>
        <translation>時間前</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="42"/>
        <source>days before</source>
        <translation>日前</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="43"/>
        <source>Lead time unit</source>
        <translation>通知タイミングの単位</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="44"/>
        <source>Add lead time</source>
        <translation>通知タイミングを追加</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="45"/>
        <source>Remove lead time</source>
        <translation>通知タイミングを削除</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="56"/>
        <source>Manual only (F5)</source>
        <translation>手動のみ (F5)</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="57"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="58"/>
        <source>Refresh interval</source>
        <translation>更新間隔</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="59"/>
        <source>How often instances and maintenance events are fetched again; 0: only on F5.</source>
        <translation>インスタンスとメンテナンスイベントを再取得する頻度です。0 の場合は F5 を押したときだけ取得します。</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="60"/>
        <source>Refresh instances and events &amp;every:</source>
        <translation>インスタンスとイベントの更新間隔(&amp;E):</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/schedulepage.cpp" line="74"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/schedulepage.cpp" line="76"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/schedulepage.cpp" line="77"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="57"/>
        <source>Reboot now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="58"/>
        <source>Stop/start now</source>
        <translation>今すぐ停止/開始</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="59"/>
        <source>Reschedule…</source>
        <translation>スケジュールの変更…</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="60"/>
        <source>Export to calendar…</source>
        <translation>カレンダーにエクスポート…</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="70"/>
        <source>Action result</source>
        <translation>操作の結果</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="135"/>
        <source>No event is shown.</source>
        <translation>表示されているイベントはありません。</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="138"/>
        <source>Choose an event first.</source>
        <translation>先にイベントを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="142"/>
        <source>This event is over.</source>
        <translation>このイベントは終了しています。</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="146"/>
        <source>Only an instance-reboot event can be done early by rebooting: this one is %1.</source>
        <translation>再起動によって前倒しで完了できるのは instance-reboot イベントだけです。このイベントは %1 です。</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="151"/>
        <source>Stop/start helps with retirement and system maintenance, not %1.</source>
        <translation>停止/開始が有効なのは廃止とシステムメンテナンスのイベントで、%1 には効果がありません。</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="153"/>
        <source>Only an EBS-backed instance keeps its data through a stop.</source>
        <translation>停止してもデータが保持されるのは EBS ベースのインスタンスだけです。</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="162"/>
        <source>%1 speaks EC2 API version %2, which cannot move events (%3 came with %4).</source>
        <translation>%1 は EC2 API バージョン %2 を使用しており、イベントを移動できません (%3 は %4 で追加)。</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="165"/>
        <source>The provider gives no deadline for this event: it cannot be moved.</source>
        <translation>プロバイダーがこのイベントの期限を示していないため、移動できません。</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="167"/>
        <source>The deadline to move this event has passed.</source>
        <translation>このイベントを移動できる期限を過ぎています。</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="201"/>
        <source>Export to calendar</source>
        <translation>カレンダーにエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="201"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar ファイル (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="205"/>
        <source>maintenance.ics</source>
        <translation>maintenance.ics</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="213"/>
        <source>Rebooting %1…</source>
        <translation>%1 を再起動しています…</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="223"/>
        <source>%1 rebooted: the provider clears the event shortly.</source>
        <translation>%1 を再起動しました。プロバイダーがまもなくイベントを解除します。</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="234"/>
        <source>%1 of %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="252"/>
        <source>The keys of %1 have not been read yet: refresh first.</source>
        <translation>%1 のキーはまだ読み取られていません。先に更新してください。</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="259"/>
        <source>Moving %1…</source>
        <translation>%1 を移動しています…</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="267"/>
        <source>Reschedule failed: %1</source>
        <translation>スケジュールの変更に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="276"/>
        <source>%1 now starts %2</source>
        <translation>%1 の開始は %2 になりました</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="291"/>
        <source>Skylight maintenance</source>
        <translation>Skylight のメンテナンス</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="292"/>
        <source>Writing %1…</source>
        <translation>%1 を書き込んでいます…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/schedulepanel.cpp" line="306"/>
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>%n 件のイベントを %1 に書き込みました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="307"/>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>ServerCopy</name>
    <message>
        <location filename="../core/transfer/servercopy.cpp" line="185"/>
        <source>the copy of %1 has %2 bytes, the source %3</source>
        <translation>%1 のコピーは %2 バイトですが、コピー元は %3 です</translation>
    </message>
    <message>
        <location filename="../core/transfer/servercopy.cpp" line="191"/>
        <source>the copy of %1 does not have the source&apos;s MD5</source>
        <translation>%1 のコピーの MD5 がコピー元と一致しません</translation>
    </message>
    <message>
        <location filename="../core/transfer/servercopy.cpp" line="193"/>
        <source>the copy of %1 does not have the ETag its upload ended with</source>
        <translation>%1 のコピーの ETag が、アップロード完了時の ETag と一致しません</translation>
    </message>
    <message>
        <location filename="../core/transfer/servercopy.cpp" line="204"/>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <location filename="../core/transfer/servercopy.cpp" line="235"/>
        <source>%1; the unfinished copy could not be aborted either: %2</source>
        <translation>%1。未完了のコピーも中止できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>ServiceTestOutcome</name>
    <message>
        <location filename="../core/clouds/connectiontester.cpp" line="121"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/clouds/connectiontester.cpp" line="120"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/clouds/connectiontester.cpp" line="124"/>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 フィンガープリント: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clouds/connectiontester.cpp" line="128"/>
        <source>%1: OK, %n bucket(s)</source>
        <translation>
            <numerusform>%1: OK、バケット %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/clouds/connectiontester.cpp" line="129"/>
        <source>%1: OK, regions %2</source>
        <translation>%1: OK、リージョン %2</translation>
    </message>
    <message>
        <location filename="../core/clouds/connectiontester.h" line="43"/>
        <source>S3</source>
        <translation>S3</translation>
    </message>
    <message>
        <location filename="../core/clouds/connectiontester.h" line="43"/>
        <source>EC2</source>
        <translation>EC2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="23"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="30"/>
        <source>&amp;General</source>
        <translation>全般(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="31"/>
        <source>&amp;Transfers</source>
        <translation>転送(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="32"/>
        <source>&amp;Reminders and refresh</source>
        <translation>通知と更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="33"/>
        <source>&amp;Network</source>
        <translation>ネットワーク(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="34"/>
        <source>Settings pages</source>
        <translation>設定ページ</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="41"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>ShareLinkDialog</name>
    <message>
        <location filename="../ui/sharelinkdialog.cpp" line="28"/>
        <source>Share link</source>
        <translation>共有リンク</translation>
    </message>
    <message>
        <location filename="../ui/sharelinkdialog.cpp" line="32"/>
        <source>Object:</source>
        <translation>オブジェクト:</translation>
    </message>
    <message>
        <location filename="../ui/sharelinkdialog.cpp" line="39"/>
        <source>Valid for</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <location filename="../ui/sharelinkdialog.cpp" line="41"/>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../ui/sharelinkdialog.cpp" line="41"/>
        <source>hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../ui/sharelinkdialog.cpp" line="41"/>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../ui/sharelinkdialog.cpp" line="43"/>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <location filename="../ui/sharelinkdialog.cpp" line="46"/>
        <source>Valid for:</source>
        <translation>有効期間:</translation>
    </message>
    <message>
        <location filename="../ui/sharelinkdialog.cpp" line="49"/>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location filename="../ui/sharelinkdialog.cpp" line="51"/>
        <source>Link:</source>
        <translation>リンク:</translation>
    </message>
    <message>
        <location filename="../ui/sharelinkdialog.cpp" line="56"/>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <location filename="../ui/sharelinkdialog.cpp" line="86"/>
        <source>SigV4 links last at most 7 days; this one expires after 7 days.</source>
        <translation>SigV4 のリンクは最長 7 日間有効です。このリンクは 7 日後に期限切れになります。</translation>
    </message>
</context>
<context>
    <name>StagedMimeData</name>
    <message>
        <location filename="../ui/dnd/stagedmimedata.cpp" line="94"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StopStartSequence</name>
    <message>
        <location filename="../ui/stopstartsequence.cpp" line="39"/>
        <source>Stopping %1 failed: %2</source>
        <translation>%1 の停止に失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../ui/stopstartsequence.cpp" line="40"/>
        <location filename="../ui/stopstartsequence.cpp" line="52"/>
        <source>Stopping %1…</source>
        <translation>%1 を停止しています…</translation>
    </message>
    <message>
        <location filename="../ui/stopstartsequence.cpp" line="44"/>
        <source>%1 stopped and started again: %2</source>
        <translation>%1 を停止して再び開始しました: %2</translation>
    </message>
    <message>
        <location filename="../ui/stopstartsequence.cpp" line="45"/>
        <source>%1 is stopped, but starting it failed: %2</source>
        <translation>%1 は停止しましたが、開始に失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../ui/stopstartsequence.cpp" line="60"/>
        <source>The keys of %1 are no longer available.</source>
        <translation>%1 のキーはもう利用できません。</translation>
    </message>
    <message>
        <location filename="../ui/stopstartsequence.cpp" line="69"/>
        <source>Starting %1…</source>
        <translation>%1 を開始しています…</translation>
    </message>
    <message>
        <location filename="../ui/stopstartsequence.cpp" line="73"/>
        <source>%1 did not stop in time (still %2).</source>
        <translation>%1 が時間内に停止しませんでした (現在も %2)。</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <location filename="../ui/terminatedialog.cpp" line="14"/>
        <source>Terminate instance</source>
        <translation>インスタンスの終了</translation>
    </message>
    <message>
        <location filename="../ui/terminatedialog.cpp" line="15"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/terminatedialog.cpp" line="16"/>
        <source>&lt;p&gt;Terminating &lt;b&gt;%1&lt;/b&gt; deletes it for good, with its instance-store data and any volume set to delete on termination.&lt;/p&gt;&lt;p&gt;Type the instance id to confirm:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; を終了すると完全に削除されます。インスタンスストアのデータと、終了時に削除するよう設定されたボリュームも削除されます。&lt;/p&gt;&lt;p&gt;確認のため、インスタンス ID を入力してください:&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/terminatedialog.cpp" line="23"/>
        <source>Instance id to confirm</source>
        <translation>確認用のインスタンス ID</translation>
    </message>
    <message>
        <location filename="../ui/terminatedialog.cpp" line="26"/>
        <source>Terminate</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>TlsTrustDialog</name>
    <message>
        <location filename="../ui/tlstrustdialog.cpp" line="43"/>
        <source>Untrusted certificate</source>
        <translation>信頼されていない証明書</translation>
    </message>
    <message>
        <location filename="../ui/tlstrustdialog.cpp" line="45"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (cloud %2) presented a certificate that this computer does not trust. Someone could be impersonating the server.&lt;/p&gt;&lt;p&gt;Trust it only if its fingerprint matches the one your cloud&apos;s administrator gave you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (クラウド %2) が、このコンピューターで信頼されていない証明書を提示しました。何者かがサーバーになりすましている可能性があります。&lt;/p&gt;&lt;p&gt;フィンガープリントがクラウドの管理者から伝えられたものと一致する場合にのみ信頼してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/tlstrustdialog.cpp" line="57"/>
        <source>Subject:</source>
        <translation>サブジェクト:</translation>
    </message>
    <message>
        <location filename="../ui/tlstrustdialog.cpp" line="58"/>
        <source>Issuer:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <location filename="../ui/tlstrustdialog.cpp" line="59"/>
        <source>Valid from:</source>
        <translation>有効期間の開始:</translation>
    </message>
    <message>
        <location filename="../ui/tlstrustdialog.cpp" line="62"/>
        <source>Valid until:</source>
        <translation>有効期間の終了:</translation>
    </message>
    <message>
        <location filename="../ui/tlstrustdialog.cpp" line="65"/>
        <source>The certificate&apos;s details could not be read.</source>
        <translation>証明書の詳細を読み取れませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/tlstrustdialog.cpp" line="73"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 フィンガープリント</translation>
    </message>
    <message>
        <location filename="../ui/tlstrustdialog.cpp" line="78"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 フィンガープリント:</translation>
    </message>
    <message>
        <location filename="../ui/tlstrustdialog.cpp" line="83"/>
        <location filename="../ui/tlstrustdialog.cpp" line="85"/>
        <source>Trust this certificate for this cloud</source>
        <translation>このクラウドでこの証明書を信頼する</translation>
    </message>
    <message>
        <location filename="../ui/tlstrustdialog.cpp" line="89"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>TransferQueue</name>
    <message>
        <location filename="../core/transfer/transferqueue.cpp" line="374"/>
        <source>the cloud of this transfer is no longer connected</source>
        <translation>この転送のクラウドはもう接続されていません</translation>
    </message>
    <message>
        <location filename="../core/transfer/transferqueue.cpp" line="468"/>
        <source>it already exists</source>
        <translation>既に存在します</translation>
    </message>
    <message>
        <location filename="../core/transfer/transferqueuelaunch.cpp" line="109"/>
        <source>the file changed while it was sent; sending it again</source>
        <translation>送信中にファイルが変更されました。再送信します</translation>
    </message>
    <message>
        <location filename="../core/transfer/transferqueuelaunch.cpp" line="232"/>
        <source>%1 is not a folder</source>
        <translation>%1 はフォルダーではありません</translation>
    </message>
    <message>
        <location filename="../core/transfer/transferqueuelaunch.cpp" line="288"/>
        <source>the cloud is no longer connected</source>
        <translation>クラウドはもう接続されていません</translation>
    </message>
</context>
<context>
    <name>TransfersDock</name>
    <message>
        <location filename="../ui/transfersdock.cpp" line="22"/>
        <location filename="../ui/transfersdock.cpp" line="71"/>
        <source>Transfers</source>
        <translation>転送</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="32"/>
        <source>Transfer totals</source>
        <translation>転送の合計</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="36"/>
        <source>Total progress</source>
        <translation>全体の進行状況</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="46"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="47"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="48"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="49"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="54"/>
        <source>%1 the selected transfers (all when none is selected)</source>
        <translation>選択した転送を%1 (選択がない場合はすべて)</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="59"/>
        <location filename="../ui/transfersdock.cpp" line="60"/>
        <source>Clear finished</source>
        <translation>完了したものを消去</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transfersdock.cpp" line="116"/>
        <source>%n running</source>
        <translation>
            <numerusform>実行中 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transfersdock.cpp" line="118"/>
        <source>%n queued</source>
        <translation>
            <numerusform>待機中 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transfersdock.cpp" line="120"/>
        <source>%n paused</source>
        <translation>
            <numerusform>一時停止中 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transfersdock.cpp" line="122"/>
        <source>%n done</source>
        <translation>
            <numerusform>完了 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transfersdock.cpp" line="124"/>
        <source>%n failed</source>
        <translation>
            <numerusform>失敗 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transfersdock.cpp" line="126"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>キャンセル %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="128"/>
        <source>looking for files…</source>
        <translation>ファイルを探しています…</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="130"/>
        <source>No transfers</source>
        <translation>転送はありません</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="134"/>
        <source>%1 of %2</source>
        <translation>%2 中 %1</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="140"/>
        <source>%1 left</source>
        <translation>残り %1</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="153"/>
        <source>Already there</source>
        <translation>既に存在します</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="155"/>
        <source>%1 already exists on this computer.</source>
        <translation>%1 は既にこのコンピューターに存在します。</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="156"/>
        <source>s3://%1/%2 already exists.</source>
        <translation>s3://%1/%2 は既に存在します。</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="160"/>
        <source>Replace it, skip this one, or keep both (the new one as %1)?</source>
        <translation>置き換えますか、この項目をスキップしますか、それとも両方を残しますか (新しい方は %1 になります)?</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="161"/>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="162"/>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="163"/>
        <source>Keep both</source>
        <translation>両方を残す</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="164"/>
        <source>Do this for the other conflicts too</source>
        <translation>ほかの競合にも同じ操作を行う</translation>
    </message>
</context>
<context>
    <name>TransfersModel</name>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="64"/>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="66"/>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="68"/>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="70"/>
        <source>Waiting for an answer</source>
        <translation>応答待ち</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="72"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="74"/>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="76"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="78"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="87"/>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transfersmodel.cpp" line="95"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="97"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="98"/>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="125"/>
        <source>Upload</source>
        <translation>アップロード</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="126"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="127"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="129"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="133"/>
        <source>%1 of %2</source>
        <translation>%2 中 %1</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="140"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="146"/>
        <source>%1 s3://%2/%3
%4</source>
        <translation>%1 s3://%2/%3
%4</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="169"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="171"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="173"/>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="175"/>
        <source>Transferred</source>
        <translation>転送済み</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="177"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="179"/>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="181"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>TransfersPage</name>
    <message>
        <location filename="../ui/settings/transferspage.cpp" line="18"/>
        <source>Files in flight</source>
        <translation>同時に転送するファイル数</translation>
    </message>
    <message>
        <location filename="../ui/settings/transferspage.cpp" line="19"/>
        <source>How many files upload or download at the same time.</source>
        <translation>同時にアップロードまたはダウンロードするファイルの数です。</translation>
    </message>
    <message>
        <location filename="../ui/settings/transferspage.cpp" line="20"/>
        <source>&amp;Files in flight:</source>
        <translation>同時に転送するファイル数(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/settings/transferspage.cpp" line="22"/>
        <source>Parts in flight</source>
        <translation>同時に転送するパート数</translation>
    </message>
    <message>
        <location filename="../ui/settings/transferspage.cpp" line="23"/>
        <source>How many parts or ranges move at the same time over all files.</source>
        <translation>全ファイル合計で同時に転送するパートまたは範囲の数です。</translation>
    </message>
    <message>
        <location filename="../ui/settings/transferspage.cpp" line="24"/>
        <source>&amp;Parts in flight:</source>
        <translation>同時に転送するパート数(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/settings/transferspage.cpp" line="26"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../ui/settings/transferspage.cpp" line="27"/>
        <source>Part size</source>
        <translation>パートサイズ</translation>
    </message>
    <message>
        <location filename="../ui/settings/transferspage.cpp" line="28"/>
        <source>Part &amp;size:</source>
        <translation>パートサイズ(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/settings/transferspage.cpp" line="29"/>
        <source>Parts are between 5 MiB and 5 GiB; a very large file uses larger parts so that it fits in 10,000. Memory grows with parts in flight × part size. New values apply to transfers that start afterwards.</source>
        <translation>パートサイズは 5 MiB～5 GiB です。非常に大きなファイルでは、10,000 パートに収まるよう大きなパートが使用されます。メモリ使用量は「同時に転送するパート数 × パートサイズ」に比例して増えます。新しい値は、この後に開始する転送に適用されます。</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../ui/trayicon.cpp" line="30"/>
        <source>Skylight tray menu</source>
        <translation>Skylight のトレイメニュー</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="31"/>
        <source>&amp;Show Skylight</source>
        <translation>Skylight を表示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="33"/>
        <source>&amp;Upcoming maintenance</source>
        <translation>今後のメンテナンス(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="34"/>
        <source>Open &amp;schedule</source>
        <translation>スケジュールを開く(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="37"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="80"/>
        <source>%n upcoming maintenance event(s)</source>
        <translation>
            <numerusform>今後のメンテナンスイベント %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="113"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2、%3</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="114"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="119"/>
        <source>%n more…</source>
        <translation>
            <numerusform>ほか %n 件…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upload</name>
    <message>
        <location filename="../core/transfer/upload.cpp" line="67"/>
        <source>%1 is not a readable file</source>
        <translation>%1 は読み取り可能なファイルではありません</translation>
    </message>
    <message>
        <location filename="../core/transfer/upload.cpp" line="95"/>
        <location filename="../core/transfer/upload.cpp" line="315"/>
        <location filename="../core/transfer/upload.cpp" line="329"/>
        <location filename="../core/transfer/upload.cpp" line="348"/>
        <source>%1 changed while it was sent</source>
        <translation>送信中に %1 が変更されました</translation>
    </message>
    <message>
        <location filename="../core/transfer/upload.cpp" line="102"/>
        <source>the server&apos;s ETag for %1 is not the MD5 that was sent</source>
        <translation>%1 に対するサーバーの ETag が、送信した MD5 と一致しません</translation>
    </message>
    <message>
        <location filename="../core/transfer/upload.cpp" line="368"/>
        <source>the server joined %1 parts, not %2</source>
        <translation>サーバーが結合したパートは %2 個ではなく %1 個です</translation>
    </message>
    <message>
        <location filename="../core/transfer/upload.cpp" line="379"/>
        <source>the server holds %1 bytes, not %2</source>
        <translation>サーバーに保存されたのは %2 バイトではなく %1 バイトです</translation>
    </message>
    <message>
        <location filename="../core/transfer/upload.cpp" line="428"/>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <location filename="../core/transfer/upload.cpp" line="436"/>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location filename="../core/transfer/upload.cpp" line="488"/>
        <source>%1; the unfinished upload %2 could not be aborted either: %3</source>
        <translation>%1。未完了のアップロード %2 も中止できませんでした: %3</translation>
    </message>
</context>
<context>
    <name>UsageDialog</name>
    <message>
        <location filename="../ui/usagedialog.cpp" line="47"/>
        <source>Cancel listing</source>
        <translation>一覧の取得をキャンセル</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="52"/>
        <source>Usage of %1</source>
        <translation>%1 の使用量</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="55"/>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="59"/>
        <source>By sub-folder</source>
        <translation>サブフォルダー別</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="61"/>
        <source>By storage class</source>
        <translation>ストレージクラス別</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="69"/>
        <source>Totals</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="82"/>
        <source>Listing %1…</source>
        <translation>%1 を一覧表示しています…</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="99"/>
        <source>Listed %1 objects, %2 so far…</source>
        <translation>これまでに %1 個のオブジェクト (%2) を一覧表示しました…</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="107"/>
        <source>The listing stopped: %1</source>
        <translation>一覧の取得が停止しました: %1</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="109"/>
        <source>Cancelled after %1 objects: the figures below are partial.</source>
        <translation>%1 個のオブジェクトの後でキャンセルされました。以下の数値は一部のみです。</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="112"/>
        <source>Listed %1 objects in %2 pages.</source>
        <translation>%2 ページで %1 個のオブジェクトを一覧表示しました。</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="115"/>
        <source>Total: %1 in %2 objects; %3, %4.</source>
        <translation>合計: %2 個のオブジェクトで %1。%3、%4。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/usagedialog.cpp" line="118"/>
        <source>%n sub-folder(s)</source>
        <translation>
            <numerusform>%n 個のサブフォルダー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/usagedialog.cpp" line="119"/>
        <source>%n storage class(es)</source>
        <translation>
            <numerusform>%n 種類のストレージクラス</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="130"/>
        <source>(objects here)</source>
        <translation>(ここにあるオブジェクト)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/usagedialog.cpp" line="142"/>
        <source>%n others</source>
        <translation>
            <numerusform>その他 %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="152"/>
        <source>bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="152"/>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="152"/>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="152"/>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="157"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="161"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="190"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>WebsiteCommand</name>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="98"/>
        <source>s3://%1 has no website configuration (hosting is off).</source>
        <translation>s3://%1 にはウェブサイト設定がありません (ホスティングは無効)。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="111"/>
        <source>redirect all: %1</source>
        <translation>すべてリダイレクト: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="114"/>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="327"/>
        <source>index: %1</source>
        <translation>インデックス: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="116"/>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="118"/>
        <source>routing rules: %1</source>
        <translation>ルーティングルール: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="186"/>
        <source>website: s3://%1 configured</source>
        <translation>ウェブサイト: s3://%1 を設定しました</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="195"/>
        <source>website: s3://%1 hosting turned off</source>
        <translation>ウェブサイト: s3://%1 のホスティングを無効にしました</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="220"/>
        <source>index:</source>
        <translation>インデックス:</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="221"/>
        <source>error page:</source>
        <translation>エラーページ:</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="237"/>
        <source>could not record what was changed: %1</source>
        <translation>変更内容を記録できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="248"/>
        <source>would: %1</source>
        <translation>予定: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="248"/>
        <source>plan: %1</source>
        <translation>計画: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="255"/>
        <source>Block Public Access stops this; what must change:</source>
        <translation>ブロックパブリックアクセスによって阻止されます。変更が必要な設定:</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="258"/>
        <source>Run again with --allow-unblock to let Skylight change these settings for this bucket.</source>
        <translation>Skylight にこのバケットのこれらの設定の変更を許可するには、--allow-unblock を付けて再実行してください。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="265"/>
        <source>public: s3://%1</source>
        <translation>公開: s3://%1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="288"/>
        <source>private: s3://%1</source>
        <translation>非公開: s3://%1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="312"/>
        <source>would upload: %1</source>
        <translation>アップロード予定: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="312"/>
        <source>upload: %1</source>
        <translation>アップロード: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="314"/>
        <source>would delete: %1</source>
        <translation>削除予定: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="314"/>
        <source>delete: %1</source>
        <translation>削除: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="320"/>
        <source>uploaded %1, unchanged %2, deleted %3</source>
        <translation>アップロード %1、変更なし %2、削除 %3</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="325"/>
        <source>site: %1</source>
        <translation>サイト: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="328"/>
        <source>error page: %1</source>
        <translation>エラーページ: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="341"/>
        <source>redirect: s3://%1/%2 -&gt; %3</source>
        <translation>リダイレクト: s3://%1/%2 -&gt; %3</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="351"/>
        <source>Static-website settings of a bucket: get, put, delete, endpoint, public, private.</source>
        <translation>バケットの静的ウェブサイト設定: get、put、delete、endpoint、public、private。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="355"/>
        <source>The bucket&apos;s region (endpoint: otherwise asked of AWS).</source>
        <translation>バケットのリージョン (endpoint: 指定しない場合は AWS に問い合わせます)。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="356"/>
        <source>Wait at most MS for the keychain.</source>
        <translation>キーチェーンを最大 MS ミリ秒待ちます。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="357"/>
        <source>put: the index document suffix (index.html).</source>
        <translation>put: インデックスドキュメントのサフィックス (index.html)。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="358"/>
        <source>put: the error document key (error.html).</source>
        <translation>put: エラードキュメントのキー (error.html)。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="359"/>
        <source>put: redirect every request to [http(s)://]HOST.</source>
        <translation>put: すべてのリクエストを [http(s)://]HOST にリダイレクトします。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="361"/>
        <source>put: the routing rules, an XML file with a &lt;RoutingRules&gt; element.</source>
        <translation>put: ルーティングルール (&lt;RoutingRules&gt; 要素を含む XML ファイル)。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="364"/>
        <source>put: send this WebsiteConfiguration file as it is (checked first); get: print the XML.</source>
        <translation>put: この WebsiteConfiguration ファイルをそのまま送信します (事前に検証します)。get: XML を出力します。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="365"/>
        <source>get: print JSON.</source>
        <translation>get: JSON で出力します。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="367"/>
        <source>endpoint: the cloud&apos;s website URL where it has its own (the sandbox&apos;s website= address).</source>
        <translation>endpoint: クラウド独自のウェブサイト URL (サンドボックスの website= アドレス)。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="371"/>
        <source>endpoint: fetch the index and a missing page through the endpoint and print their HTTP status.</source>
        <translation>endpoint: エンドポイント経由でインデックスと存在しないページを取得し、HTTP ステータスを出力します。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="373"/>
        <source>public: print the plan and the policy without changing anything.</source>
        <translation>public: 何も変更せずに計画とポリシーを出力します。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="375"/>
        <source>public: relax the bucket&apos;s Block Public Access settings when they are in the way.</source>
        <translation>public: 妨げになる場合はバケットのブロックパブリックアクセス設定を緩和します。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="377"/>
        <source>public: also let everyone list the keys, so missing pages answer 404 rather than 403.</source>
        <translation>public: キーの一覧表示も全員に許可し、存在しないページが 403 ではなく 404 を返すようにします。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="379"/>
        <source>public, private: where the record of what was made public is kept.</source>
        <translation>public、private: 公開した内容の記録を保存する場所。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="381"/>
        <source>publish: delete objects the folder no longer has.</source>
        <translation>publish: フォルダーにもうないオブジェクトを削除します。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="382"/>
        <source>publish: the Cache-Control header of the uploaded files.</source>
        <translation>publish: アップロードするファイルの Cache-Control ヘッダー。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="383"/>
        <source>publish: do not make the bucket public.</source>
        <translation>publish: バケットを公開しません。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="386"/>
        <source>get|put|delete|endpoint|public|private s3://BUCKET, publish DIR s3://BUCKET, redirect s3://BUCKET/KEY TARGET</source>
        <translation>get|put|delete|endpoint|public|private s3://BUCKET、publish DIR s3://BUCKET、redirect s3://BUCKET/KEY TARGET</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="393"/>
        <source>put: the WebsiteConfiguration file to send.</source>
        <translation>put: 送信する WebsiteConfiguration ファイル。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="414"/>
        <source>usage: skylight-cli s3 website publish DIR s3://BUCKET [--delete] [--index F] [--error F] | redirect s3://BUCKET/KEY TARGET</source>
        <translation>使い方: skylight-cli s3 website publish DIR s3://BUCKET [--delete] [--index F] [--error F] | redirect s3://BUCKET/KEY TARGET</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="421"/>
        <source>redirect needs s3://BUCKET/KEY</source>
        <translation>redirect には s3://BUCKET/KEY が必要です</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="427"/>
        <source>usage: skylight-cli s3 website get|put|delete|endpoint|public|private s3://BUCKET</source>
        <translation>使い方: skylight-cli s3 website get|put|delete|endpoint|public|private s3://BUCKET</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="433"/>
        <source>%1 needs s3://BUCKET</source>
        <translation>%1 には s3://BUCKET が必要です</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="453"/>
        <source>put needs --xml FILE, or some of --index, --error, --redirect-all, --routing-rules</source>
        <translation>put には --xml FILE、または --index、--error、--redirect-all、--routing-rules のいずれかが必要です</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="469"/>
        <source>unknown action %1</source>
        <translation>不明な操作 %1</translation>
    </message>
</context>
<context>
    <name>WebsiteConfiguration</name>
    <message>
        <location filename="../core/website/websiteconfiguration.cpp" line="111"/>
        <source>the website configuration is larger than %1 KB</source>
        <translation>ウェブサイト設定が %1 KB を超えています</translation>
    </message>
    <message>
        <location filename="../core/website/websiteconfiguration.cpp" line="113"/>
        <source>the website configuration is empty</source>
        <translation>ウェブサイト設定が空です</translation>
    </message>
    <message>
        <location filename="../core/website/websiteconfiguration.cpp" line="117"/>
        <source>the website configuration is not valid UTF-8</source>
        <translation>ウェブサイト設定が有効な UTF-8 ではありません</translation>
    </message>
    <message>
        <location filename="../core/website/websiteconfiguration.cpp" line="126"/>
        <source>expected &lt;%1&gt;, the document has &lt;%2&gt;</source>
        <translation>&lt;%1&gt; を期待しましたが、ドキュメントは &lt;%2&gt; です</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="48"/>
        <source>Routing rule %1: %2</source>
        <translation>ルーティングルール %1: %2</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="53"/>
        <source>the condition needs a key prefix or an HTTP error code (or no condition at all).</source>
        <translation>条件にはキーのプレフィックスまたは HTTP エラーコードが必要です (条件をまったく指定しないこともできます)。</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="56"/>
        <source>the error code to match must be a 4xx or 5xx HTTP status, not &quot;%1&quot;.</source>
        <translation>一致させるエラーコードは 4xx または 5xx の HTTP ステータスである必要があります (&quot;%1&quot; は使用できません)。</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="59"/>
        <source>the key prefix holds a control character S3 cannot store.</source>
        <translation>キーのプレフィックスに、S3 が保存できない制御文字が含まれています。</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="63"/>
        <source>the redirect needs at least one of protocol, host name, key replacement or redirect code.</source>
        <translation>リダイレクトには、プロトコル、ホスト名、キーの置き換え、リダイレクトコードのうち少なくとも 1 つが必要です。</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="66"/>
        <source>replace the key prefix or the whole key, not both.</source>
        <translation>キーのプレフィックスとキー全体の両方を置き換えることはできません。どちらか一方にしてください。</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="68"/>
        <source>the protocol must be http or https, not &quot;%1&quot;.</source>
        <translation>プロトコルは http または https である必要があります (&quot;%1&quot; は使用できません)。</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="70"/>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>&quot;%1&quot; は有効なホスト名ではありません。</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="73"/>
        <source>the redirect code must be a 3xx HTTP status, not &quot;%1&quot;.</source>
        <translation>リダイレクトコードは 3xx の HTTP ステータスである必要があります (&quot;%1&quot; は使用できません)。</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="76"/>
        <source>the replacement key holds a control character S3 cannot store.</source>
        <translation>置き換え後のキーに、S3 が保存できない制御文字が含まれています。</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="108"/>
        <source>Google Cloud Storage websites have a main page and a not-found page only: no redirects or routing rules.</source>
        <translation>Google Cloud Storage のウェブサイトにはメインページと Not Found ページしかありません。リダイレクトやルーティングルールは使用できません。</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="111"/>
        <source>The main page suffix must not contain &quot;/&quot;.</source>
        <translation>メインページのサフィックスに &quot;/&quot; を含めることはできません。</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="114"/>
        <source>Redirecting all requests excludes everything else: remove the index document, the error document and the routing rules, or stop redirecting all requests.</source>
        <translation>すべてのリクエストをリダイレクトする場合、ほかの設定は使用できません。インデックスドキュメント、エラードキュメント、ルーティングルールを削除するか、すべてのリクエストのリダイレクトをやめてください。</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="117"/>
        <source>Redirecting all requests needs a host name.</source>
        <translation>すべてのリクエストをリダイレクトするにはホスト名が必要です。</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="119"/>
        <source>&quot;%1&quot; is not a valid host name to redirect to.</source>
        <translation>&quot;%1&quot; はリダイレクト先として有効なホスト名ではありません。</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="121"/>
        <source>The protocol to redirect to must be http or https, not &quot;%1&quot;.</source>
        <translation>リダイレクト先のプロトコルは http または https である必要があります (&quot;%1&quot; は使用できません)。</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="124"/>
        <source>A website needs an index document (such as index.html), unless it redirects all requests.</source>
        <translation>すべてのリクエストをリダイレクトする場合を除き、ウェブサイトにはインデックスドキュメント (index.html など) が必要です。</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="129"/>
        <source>The index document suffix must not be empty.</source>
        <translation>インデックスドキュメントのサフィックスを空にすることはできません。</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="131"/>
        <source>The index document suffix must not contain &quot;/&quot; (it is a name such as index.html, looked up in every folder).</source>
        <translation>インデックスドキュメントのサフィックスに &quot;/&quot; を含めることはできません (index.html のような名前で、各フォルダーで検索されます)。</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="135"/>
        <source>The index document suffix holds a control character S3 cannot store.</source>
        <translation>インデックスドキュメントのサフィックスに、S3 が保存できない制御文字が含まれています。</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="137"/>
        <source>The error document key must not be empty.</source>
        <translation>エラードキュメントのキーを空にすることはできません。</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="139"/>
        <source>The error document key holds a control character S3 cannot store.</source>
        <translation>エラードキュメントのキーに、S3 が保存できない制御文字が含まれています。</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="141"/>
        <source>The routing rules are empty: add a rule or remove the routing rules.</source>
        <translation>ルーティングルールが空です。ルールを追加するか、ルーティングルールを削除してください。</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="143"/>
        <source>A website has at most %1 routing rules; this one has %2.</source>
        <translation>ウェブサイトのルーティングルールは最大 %1 個ですが、この設定には %2 個あります。</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="149"/>
        <source>The configuration is larger than S3&apos;s limit of %1 KB.</source>
        <translation>設定が S3 の上限 %1 KB を超えています。</translation>
    </message>
</context>
<context>
    <name>WebsiteDialog</name>
    <message>
        <location filename="../ui/website/websitedialog.cpp" line="19"/>
        <source>Website — %1</source>
        <translation>ウェブサイト — %1</translation>
    </message>
</context>
<context>
    <name>WebsiteEndpoint</name>
    <message>
        <location filename="../core/website/websiteendpoint.cpp" line="75"/>
        <source>&quot;%1&quot; is not a website URL.</source>
        <translation>&quot;%1&quot; はウェブサイトの URL ではありません。</translation>
    </message>
    <message>
        <location filename="../core/website/websiteendpoint.cpp" line="81"/>
        <source>S3 website endpoints serve plain http only; put CloudFront in front for https.</source>
        <translation>S3 のウェブサイトエンドポイントは http のみで配信されます。https を使用するには CloudFront を前段に置いてください。</translation>
    </message>
    <message>
        <location filename="../core/website/websiteendpoint.cpp" line="84"/>
        <source>With dots in its name the bucket can be served under its own domain (a CNAME to %1).</source>
        <translation>名前にドットを含むバケットは、独自のドメイン (%1 への CNAME) で配信できます。</translation>
    </message>
    <message>
        <location filename="../core/website/websiteendpoint.cpp" line="90"/>
        <source>The sandbox serves websites on its own port; give its website URL (the &quot;website=&quot; address the sandbox prints when it starts).</source>
        <translation>サンドボックスは独自のポートでウェブサイトを配信します。ウェブサイトの URL (サンドボックスが起動時に表示する &quot;website=&quot; のアドレス) を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/website/websiteendpoint.cpp" line="97"/>
        <source>The sandbox also serves the bucket by name: Host %1.</source>
        <translation>サンドボックスはバケット名でも配信します: Host %1。</translation>
    </message>
    <message>
        <location filename="../core/website/websiteendpoint.cpp" line="106"/>
        <source>Served once the domain %1 has a CNAME record for c.storage.googleapis.com.</source>
        <translation>ドメイン %1 に c.storage.googleapis.com への CNAME レコードが設定されると配信されます。</translation>
    </message>
    <message>
        <location filename="../core/website/websiteendpoint.cpp" line="110"/>
        <source>Google applies the main page and not-found page only to a bucket named after a domain (with a CNAME to c.storage.googleapis.com); this URL serves the objects themselves.</source>
        <translation>Google がメインページと Not Found ページを適用するのは、ドメイン名のバケット (c.storage.googleapis.com への CNAME あり) だけです。この URL ではオブジェクトそのものが配信されます。</translation>
    </message>
    <message>
        <location filename="../core/website/websiteendpoint.cpp" line="118"/>
        <source>This cloud&apos;s website endpoint is not known: give its website URL (with {bucket} where the bucket name goes, or a base the bucket is appended to).</source>
        <translation>このクラウドのウェブサイトエンドポイントが不明です。ウェブサイトの URL を指定してください (バケット名の位置に {bucket} を含めるか、バケット名が末尾に付加されるベース URL)。</translation>
    </message>
    <message>
        <location filename="../core/website/websiteendpoint.cpp" line="125"/>
        <source>The Internet Archive does not host static websites.</source>
        <translation>Internet Archive は静的ウェブサイトをホストしません。</translation>
    </message>
</context>
<context>
    <name>WebsiteEndpointBox</name>
    <message>
        <location filename="../ui/website/websiteendpointbox.cpp" line="32"/>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location filename="../ui/website/websiteendpointbox.cpp" line="36"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../ui/website/websiteendpointbox.cpp" line="37"/>
        <source>Open in browser</source>
        <translation>ブラウザーで開く</translation>
    </message>
    <message>
        <location filename="../ui/website/websiteendpointbox.cpp" line="38"/>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../ui/website/websiteendpointbox.cpp" line="42"/>
        <source>Website URL of this store, e.g. http://127.0.0.1:9001</source>
        <translation>このストレージのウェブサイト URL (例: http://127.0.0.1:9001)</translation>
    </message>
    <message>
        <location filename="../ui/website/websiteendpointbox.cpp" line="54"/>
        <source>Fetch the index and a missing page through the endpoint, as a visitor would.</source>
        <translation>訪問者と同じように、エンドポイント経由でインデックスと存在しないページを取得します。</translation>
    </message>
    <message>
        <location filename="../ui/website/websiteendpointbox.cpp" line="106"/>
        <source>Fetching…</source>
        <translation>取得中…</translation>
    </message>
    <message>
        <location filename="../ui/website/websiteendpointbox.cpp" line="111"/>
        <source>Index: %1   Error page: %2 %3</source>
        <translation>インデックス: %1   エラーページ: %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/website/websiteendpointbox.cpp" line="112"/>
        <source>✓</source>
        <translation>✓</translation>
    </message>
</context>
<context>
    <name>WebsitePanel</name>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="65"/>
        <source>Host a static website from this bucket</source>
        <translation>このバケットで静的ウェブサイトをホストする</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="70"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="71"/>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="74"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="75"/>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="79"/>
        <source>Make public…</source>
        <translation>公開…</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="80"/>
        <source>Make private</source>
        <translation>非公開にする</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="81"/>
        <source>Publish a folder…</source>
        <translation>フォルダーを公開…</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="82"/>
        <source>Undo exactly what Skylight&apos;s &quot;Make public&quot; changed on this bucket.</source>
        <translation>Skylight の「公開」でこのバケットに加えた変更だけを正確に元に戻します。</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="83"/>
        <source>Upload a local folder as the site (or drop a folder on this panel).</source>
        <translation>ローカルフォルダーをサイトとしてアップロードします (このパネルにフォルダーをドロップすることもできます)。</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="118"/>
        <source>Serve the bucket&apos;s objects</source>
        <translation>バケットのオブジェクトを配信する</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="119"/>
        <source>Redirect every request to another host</source>
        <translation>すべてのリクエストを別のホストにリダイレクトする</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="122"/>
        <source>Documents</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="126"/>
        <source>error.html (optional)</source>
        <translation>error.html (省略可)</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="131"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="143"/>
        <source>Index document:</source>
        <translation>インデックスドキュメント:</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="144"/>
        <source>Error document:</source>
        <translation>エラードキュメント:</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="145"/>
        <source>Served for the site&apos;s root and for every &quot;folder/&quot; (the suffix is added).</source>
        <translation>サイトのルートと各 &quot;folder/&quot; に対して配信されます (サフィックスが付加されます)。</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="147"/>
        <source>Redirect all requests</source>
        <translation>すべてのリクエストをリダイレクト</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="151"/>
        <source>Same as the request</source>
        <translation>リクエストと同じ</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="155"/>
        <source>Host name:</source>
        <translation>ホスト名:</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="156"/>
        <source>Protocol:</source>
        <translation>プロトコル:</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="161"/>
        <source>Routing rules</source>
        <translation>ルーティングルール</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="189"/>
        <source>The WebsiteConfiguration document as it will be sent. Edits here go back into the form when you leave this tab or save.</source>
        <translation>送信される WebsiteConfiguration ドキュメントです。ここでの編集内容は、このタブを離れるか保存したときにフォームに反映されます。</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="207"/>
        <source>Valid.</source>
        <translation>有効です。</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="249"/>
        <source>Reading the website settings of %1…</source>
        <translation>%1 のウェブサイト設定を読み取っています…</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="259"/>
        <source>Hosting is on.</source>
        <translation>ホスティングは有効です。</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="259"/>
        <source>Hosting is off.</source>
        <translation>ホスティングは無効です。</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="317"/>
        <source>Give an index document (index.html), or redirect all requests.</source>
        <translation>インデックスドキュメント (index.html) を指定するか、すべてのリクエストをリダイレクトしてください。</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="347"/>
        <source>Not saved yet.</source>
        <translation>まだ保存されていません。</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="348"/>
        <source>Fix the routing rules above to save.</source>
        <translation>保存するには上のルーティングルールを修正してください。</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="375"/>
        <source>The document is larger than S3 takes.</source>
        <translation>ドキュメントが S3 の受け付けるサイズを超えています。</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="405"/>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="416"/>
        <source>Saved; hosting is on.</source>
        <translation>保存しました。ホスティングは有効です。</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="416"/>
        <source>Saved; hosting is off.</source>
        <translation>保存しました。ホスティングは無効です。</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="458"/>
        <source>⚠ %1 is not in the bucket: visitors will get an error.</source>
        <translation>⚠ %1 がバケットにありません。訪問者にはエラーが表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="460"/>
        <source>⚠ %1 could not be checked: %2</source>
        <translation>⚠ %1 を確認できませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="462"/>
        <source>⚠ %1 is not public: no bucket policy lets everyone read it. Use Make public….</source>
        <translation>⚠ %1 は公開されていません。全員に読み取りを許可するバケットポリシーがありません。「公開…」を使用してください。</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="481"/>
        <source>Everyone may read the objects.</source>
        <translation>全員がオブジェクトを読み取れます。</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="482"/>
        <source>The objects are private.</source>
        <translation>オブジェクトは非公開です。</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="515"/>
        <source>Making %1 private…</source>
        <translation>%1 を非公開にしています…</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="523"/>
        <source>Private again: %1</source>
        <translation>再び非公開になりました: %1</translation>
    </message>
</context>
<context>
    <name>WebsitePublisher</name>
    <message>
        <location filename="../core/website/websitepublisher.cpp" line="28"/>
        <source>Reading %1…</source>
        <translation>%1 を読み取っています…</translation>
    </message>
    <message>
        <location filename="../core/website/websitepublisher.cpp" line="39"/>
        <source>The folder has no files to publish.</source>
        <translation>フォルダーに公開するファイルがありません。</translation>
    </message>
    <message>
        <location filename="../core/website/websitepublisher.cpp" line="52"/>
        <location filename="../core/website/websitepublisher.cpp" line="103"/>
        <source>Publishing was canceled.</source>
        <translation>公開はキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../core/website/websitepublisher.cpp" line="53"/>
        <source>Listing s3://%1…</source>
        <translation>s3://%1 を一覧表示しています…</translation>
    </message>
    <message>
        <location filename="../core/website/websitepublisher.cpp" line="81"/>
        <source>The folder has no %1 at its top, so the site would have no home page.</source>
        <translation>フォルダーの最上位に %1 がないため、サイトにホームページがありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/website/websitepublisher.cpp" line="92"/>
        <source>%n file(s) to upload</source>
        <translation>
            <numerusform>アップロードするファイル %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/website/websitepublisher.cpp" line="137"/>
        <source>Deleting %n removed file(s)…</source>
        <translation>
            <numerusform>削除されたファイル %n 個を削除しています…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/website/websitepublisher.cpp" line="155"/>
        <source>Setting the index and error documents…</source>
        <translation>インデックスドキュメントとエラードキュメントを設定しています…</translation>
    </message>
    <message>
        <location filename="../core/website/websitepublisher.cpp" line="190"/>
        <source>Making s3://%1 public…</source>
        <translation>s3://%1 を公開しています…</translation>
    </message>
    <message>
        <location filename="../core/website/websitepublisher.cpp" line="210"/>
        <source>Fetching %1…</source>
        <translation>%1 を取得しています…</translation>
    </message>
</context>
<context>
    <name>WebsiteSupport</name>
    <message>
        <location filename="../core/website/websitesupport.cpp" line="13"/>
        <source>The Internet Archive does not host static websites.</source>
        <translation>Internet Archive は静的ウェブサイトをホストしません。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.cpp" line="13"/>
        <source>&lt;h1&gt;Welcome to Skylight&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Skylight へようこそ&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="15"/>
        <source>One window for the instances, maintenance events, buckets and websites of every cloud you use: AWS, Eucalyptus, Google Cloud Storage, the Internet Archive and any S3-compatible store.</source>
        <translation>利用しているすべてのクラウドのインスタンス、メンテナンスイベント、バケット、ウェブサイトを 1 つのウィンドウで管理できます。対応クラウド: AWS、Eucalyptus、Google Cloud Storage、Internet Archive、およびすべての S3 互換ストレージ。</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="33"/>
        <source>Add cloud…</source>
        <translation>クラウドの追加…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="34"/>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="35"/>
        <location filename="../ui/welcomepage.cpp" line="38"/>
        <source>Try the local sandbox</source>
        <translation>ローカルサンドボックスを試す</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="36"/>
        <source>Add cloud</source>
        <translation>クラウドの追加</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="37"/>
        <source>Import credentials</source>
        <translation>認証情報のインポート</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <location filename="../core/clouds/ziparchive.cpp" line="42"/>
        <source>not a ZIP archive</source>
        <translation>ZIP アーカイブではありません</translation>
    </message>
    <message>
        <location filename="../core/clouds/ziparchive.cpp" line="47"/>
        <source>ZIP64 archives are not supported</source>
        <translation>ZIP64 アーカイブには対応していません</translation>
    </message>
    <message>
        <location filename="../core/clouds/ziparchive.cpp" line="49"/>
        <location filename="../core/clouds/ziparchive.cpp" line="54"/>
        <location filename="../core/clouds/ziparchive.cpp" line="66"/>
        <source>the ZIP archive&apos;s directory is damaged</source>
        <translation>ZIP アーカイブのディレクトリが破損しています</translation>
    </message>
    <message>
        <location filename="../core/clouds/ziparchive.cpp" line="70"/>
        <source>%1 is encrypted</source>
        <translation>%1 は暗号化されています</translation>
    </message>
    <message>
        <location filename="../core/clouds/ziparchive.cpp" line="95"/>
        <source>too large</source>
        <translation>大きすぎます</translation>
    </message>
    <message>
        <location filename="../core/clouds/ziparchive.cpp" line="98"/>
        <source>damaged</source>
        <translation>破損しています</translation>
    </message>
    <message>
        <location filename="../core/clouds/ziparchive.cpp" line="101"/>
        <source>cut short</source>
        <translation>途中で切れています</translation>
    </message>
    <message>
        <location filename="../core/clouds/ziparchive.cpp" line="110"/>
        <location filename="../core/clouds/ziparchive.cpp" line="119"/>
        <source>cannot decompress</source>
        <translation>展開できません</translation>
    </message>
    <message>
        <location filename="../core/clouds/ziparchive.cpp" line="121"/>
        <source>compression method %1 is not supported</source>
        <translation>圧縮方式 %1 には対応していません</translation>
    </message>
    <message>
        <location filename="../core/clouds/ziparchive.cpp" line="125"/>
        <source>the content does not match its checksum</source>
        <translation>内容がチェックサムと一致しません</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/skylight-cli/clidriver.cpp" line="50"/>
        <source>no profile named %1</source>
        <translation>%1 という名前のプロファイルはありません</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/clidriver.cpp" line="73"/>
        <source>The cloud profile to use.</source>
        <translation>使用するクラウドプロファイル。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/clidriver.cpp" line="75"/>
        <source>An ad-hoc cloud at this URL (keys from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY).</source>
        <translation>この URL のアドホッククラウド (キーは AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY から取得)。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/clidriver.cpp" line="78"/>
        <source>With --endpoint-url: aws, eucalyptus, gcs, internet-archive, s3-compatible or sandbox.</source>
        <translation>--endpoint-url と併用: aws、eucalyptus、gcs、internet-archive、s3-compatible、sandbox のいずれか。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/clidriver.cpp" line="105"/>
        <source>say which cloud: --profile NAME, or --endpoint-url URL</source>
        <translation>クラウドを指定してください: --profile NAME または --endpoint-url URL</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/clidriver.cpp" line="111"/>
        <source>unknown provider %1</source>
        <translation>不明なプロバイダー %1</translation>
    </message>
</context>
<context>
    <name>ec2</name>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="56"/>
        <source>%1: accepted</source>
        <translation>%1: 受け付けられました</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="65"/>
        <source>not a time: %1 (give an ISO 8601 time such as 2026-12-01T10:00:00Z)</source>
        <translation>時刻ではありません: %1 (2026-12-01T10:00:00Z のような ISO 8601 形式の時刻を指定してください)</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="80"/>
        <source>%1 %2 %3 now starts %4, ends %5</source>
        <translation>%1 %2 %3 の開始は %4、終了は %5 になりました</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="83"/>
        <source>%1 %2 %3 now starts %4</source>
        <translation>%1 %2 %3 の開始は %4 になりました</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="118"/>
        <source>no cloud with EC2 is configured: add one with `skylight-cli profiles add`, or say which with --cloud NAME or --endpoint-url URL</source>
        <translation>EC2 を持つクラウドが設定されていません。`skylight-cli profiles add` で追加するか、--cloud NAME または --endpoint-url URL で指定してください</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="132"/>
        <source>Lists regions, instances and scheduled events; exports the events as iCalendar; reschedules an event; starts, stops, reboots and terminates instances.</source>
        <translation>リージョン、インスタンス、予定されたイベントを一覧表示し、イベントを iCalendar 形式でエクスポートし、イベントのスケジュールを変更し、インスタンスを開始、停止、再起動、終了します。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="136"/>
        <source>regions, instances, events, reschedule INSTANCE EVENT-ID TIME, start|stop|reboot|terminate ID…</source>
        <translation>regions、instances、events、reschedule INSTANCE EVENT-ID TIME、start|stop|reboot|terminate ID…</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="138"/>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="139"/>
        <source>events: only scheduled events not yet over.</source>
        <translation>events: まだ終了していない予定されたイベントのみ。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="141"/>
        <source>events: also write them to FILE as iCalendar (RFC 5545).</source>
        <translation>events: イベントを iCalendar (RFC 5545) 形式で FILE にも書き込みます。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="143"/>
        <source>The cloud (profile) to use.</source>
        <translation>使用するクラウド (プロファイル)。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="145"/>
        <source>Use this endpoint instead of a profile.</source>
        <translation>プロファイルの代わりにこのエンドポイントを使用します。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="146"/>
        <source>With --endpoint-url: the provider.</source>
        <translation>--endpoint-url と併用: プロバイダー。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="148"/>
        <source>Only this region (default: every region of the profile).</source>
        <translation>このリージョンのみ (デフォルト: プロファイルのすべてのリージョン)。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="150"/>
        <source>The EC2 API version to speak.</source>
        <translation>使用する EC2 API バージョン。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="152"/>
        <source>Milliseconds to wait for the keychain.</source>
        <translation>キーチェーンを待つミリ秒数。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="159"/>
        <source>an action is needed: regions, instances, events, reschedule, start, stop, reboot or terminate</source>
        <translation>操作を指定してください: regions、instances、events、reschedule、start、stop、reboot、terminate のいずれか</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="178"/>
        <source>%1 has no EC2 endpoint</source>
        <translation>%1 には EC2 エンドポイントがありません</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="190"/>
        <source>reschedule needs INSTANCE EVENT-ID TIME</source>
        <translation>reschedule には INSTANCE EVENT-ID TIME が必要です</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="199"/>
        <source>%1 needs at least one instance id</source>
        <translation>%1 にはインスタンス ID が少なくとも 1 つ必要です</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="202"/>
        <source>unknown action or extra arguments: %1</source>
        <translation>不明な操作、または余分な引数: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2listing.cpp" line="75"/>
        <source>Skylight maintenance schedule</source>
        <translation>Skylight のメンテナンススケジュール</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2listing.cpp" line="78"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2listing.cpp" line="148"/>
        <source>%1: DescribeInstanceStatus is not offered by this cloud&apos;s EC2 API version %2 (it needs %3 or later): no scheduled events to show</source>
        <translation>%1: DescribeInstanceStatus はこのクラウドの EC2 API バージョン %2 では提供されていません (%3 以降が必要): 表示する予定されたイベントはありません</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/skylight/main.cpp" line="80"/>
        <source>A desktop console for public and private clouds.</source>
        <translation>パブリッククラウドとプライベートクラウドのためのデスクトップコンソール。</translation>
    </message>
    <message>
        <location filename="../app/skylight/main.cpp" line="84"/>
        <source>Save a picture of the window to FILE and exit.</source>
        <translation>ウィンドウの画像を FILE に保存して終了します。</translation>
    </message>
    <message>
        <location filename="../app/skylight/main.cpp" line="88"/>
        <source>Start the local sandbox cloud with demo data and connect to it.</source>
        <translation>デモデータ入りのローカルサンドボックスクラウドを起動して接続します。</translation>
    </message>
    <message>
        <location filename="../app/skylight/main.cpp" line="91"/>
        <source>Show Skylight in language CODE (en, de, ja) instead of the one chosen in Settings.</source>
        <translation>設定で選択した言語の代わりに、言語 CODE (en、de、ja) で Skylight を表示します。</translation>
    </message>
    <message>
        <location filename="../app/skylight/main.cpp" line="96"/>
        <source>Use the light or dark palette (light, dark, system) instead of the one chosen in Settings.</source>
        <translation>設定で選択したパレットの代わりに、ライトまたはダークのパレット (light、dark、system) を使用します。</translation>
    </message>
    <message>
        <location filename="../app/skylight/main.cpp" line="101"/>
        <source>With --sandbox: once connected, show PAGE (instances, schedule or buckets) of the sandbox.</source>
        <translation>--sandbox と併用: 接続後にサンドボックスの PAGE (instances、schedule、buckets のいずれか) を表示します。</translation>
    </message>
    <message>
        <location filename="../app/skylight/main.cpp" line="111"/>
        <source>--theme takes light, dark or system.
</source>
        <translation>--theme には light、dark、system のいずれかを指定します。
</translation>
    </message>
</context>
<context>
    <name>profiles</name>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="57"/>
        <source>name:         %1</source>
        <translation>名前:         %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="58"/>
        <source>provider:     %1</source>
        <translation>プロバイダー: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="60"/>
        <source>EC2:          %1 (%2, API %3)</source>
        <translation>EC2:          %1 (%2、API %3)</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="65"/>
        <source>S3:           %1 (%2, %3)</source>
        <translation>S3:           %1 (%2、%3)</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="69"/>
        <source>region:       %1 (%2 known)</source>
        <translation>リージョン:   %1 (既知: %2)</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="70"/>
        <source>TLS:          %1%2%3</source>
        <translation>TLS:          %1%2%3</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="71"/>
        <source>system CAs</source>
        <translation>システムの CA</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="72"/>
        <source>, CA %1</source>
        <translation>、CA %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="74"/>
        <source>, pinned %1</source>
        <translation>、固定 %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="75"/>
        <source>credentials:  keychain entry %1</source>
        <translation>認証情報:     キーチェーン項目 %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="77"/>
        <source>read-only:    yes (nothing is uploaded, changed or deleted)</source>
        <translation>読み取り専用: はい (アップロード、変更、削除は行いません)</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="79"/>
        <source>imported from %1</source>
        <translation>%1 からインポート</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="108"/>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="191"/>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="210"/>
        <source>no profile named %1</source>
        <translation>%1 という名前のプロファイルはありません</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="124"/>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="215"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="129"/>
        <source>updated %1</source>
        <translation>%1 を更新しました</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="129"/>
        <source>added %1</source>
        <translation>%1 を追加しました</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="135"/>
        <source>%1 skylight-cli ends now, so the secrets are lost: unlock the keychain and run this again.</source>
        <translation>%1 skylight-cli はここで終了するため、シークレットは失われます。キーチェーンのロックを解除して、もう一度実行してください。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="146"/>
        <source>import needs a source: aws, boto, eucarc or s3cfg</source>
        <translation>import にはインポート元が必要です: aws、boto、eucarc、s3cfg のいずれか</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="162"/>
        <source>import eucarc needs the eucarc file</source>
        <translation>import eucarc には eucarc ファイルが必要です</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="167"/>
        <source>unknown import source &apos;%1&apos;</source>
        <translation>不明なインポート元 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="174"/>
        <source>%1	%2	%3	%4</source>
        <translation>%1	%2	%3	%4</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="179"/>
        <source>key %1</source>
        <translation>キー %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="180"/>
        <source>no key</source>
        <translation>キーなし</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="199"/>
        <source>removed %1, but its keychain entry stays: %2</source>
        <translation>%1 を削除しましたが、キーチェーン項目は残っています: %2</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="201"/>
        <source>removed %1</source>
        <translation>%1 を削除しました</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="233"/>
        <source>%1 has neither an S3 nor an EC2 endpoint</source>
        <translation>%1 には S3 と EC2 のどちらのエンドポイントもありません</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="243"/>
        <source>add: EC2 signing: v4, v2 or v2-sha1.</source>
        <translation>add: EC2 の署名: v4、v2、v2-sha1 のいずれか。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="244"/>
        <source>add: S3 signing: v4-s3, s3-v1, goog-v1 or low (https only).</source>
        <translation>add: S3 の署名: v4-s3、s3-v1、goog-v1、low (https のみ) のいずれか。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="245"/>
        <source>add: bucket addressing: virtual-host, path or auto.</source>
        <translation>add: バケットのアドレス指定: virtual-host、path、auto のいずれか。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="246"/>
        <source>add: the EC2 API Version to send.</source>
        <translation>add: 送信する EC2 API バージョン。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="247"/>
        <source>add: a PEM file of extra trusted CAs.</source>
        <translation>add: 追加で信頼する CA の PEM ファイル。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="248"/>
        <source>add: trust the certificate with this SHA-256 fingerprint.</source>
        <translation>add: この SHA-256 フィンガープリントの証明書を信頼します。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="249"/>
        <source>add: refuse every upload, delete and bucket change on this cloud.</source>
        <translation>add: このクラウドへのアップロード、削除、バケットの変更をすべて拒否します。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="260"/>
        <source>unknown --%1 &apos;%2&apos;</source>
        <translation>不明な --%1 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="271"/>
        <source>unknown --addressing &apos;%1&apos;</source>
        <translation>不明な --addressing &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="292"/>
        <source>Lists, shows, adds, imports, tests and removes cloud profiles. Secrets go to the OS keychain, never to the profile file.</source>
        <translation>クラウドプロファイルの一覧表示、表示、追加、インポート、テスト、削除を行います。シークレットはプロファイルファイルではなく OS のキーチェーンに保存されます。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="296"/>
        <source>list, show NAME, add NAME, import SOURCE [FILE], test NAME, remove NAME</source>
        <translation>list、show NAME、add NAME、import SOURCE [FILE]、test NAME、remove NAME</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="297"/>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="299"/>
        <source>import: show what would be imported, store nothing.</source>
        <translation>import: インポートされる内容を表示し、何も保存しません。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="300"/>
        <source>import aws: the config file.</source>
        <translation>import aws: config ファイル。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="302"/>
        <source>add: aws, eucalyptus, gcs, internet-archive, s3-compatible or sandbox.</source>
        <translation>add: aws、eucalyptus、gcs、internet-archive、s3-compatible、sandbox のいずれか。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="305"/>
        <source>add: the endpoint (S3 and EC2 for the sandbox, the host for Eucalyptus).</source>
        <translation>add: エンドポイント (サンドボックスでは S3 と EC2、Eucalyptus ではホスト)。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="307"/>
        <source>add: the default region.</source>
        <translation>add: デフォルトのリージョン。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="309"/>
        <source>add: store AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY from the environment as this profile&apos;s keys.</source>
        <translation>add: 環境変数の AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY をこのプロファイルのキーとして保存します。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="312"/>
        <source>Milliseconds to wait for the keychain (default 5000).</source>
        <translation>キーチェーンを待つミリ秒数 (デフォルト 5000)。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="319"/>
        <source>an action is needed: list, show, add, import, test or remove</source>
        <translation>操作を指定してください: list、show、add、import、test、remove のいずれか</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="343"/>
        <source>add needs --provider aws|eucalyptus|gcs|internet-archive|s3-compatible|sandbox</source>
        <translation>add には --provider aws|eucalyptus|gcs|internet-archive|s3-compatible|sandbox が必要です</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="360"/>
        <source>--key-from-env: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set</source>
        <translation>--key-from-env: AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY が設定されていません</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="367"/>
        <source>unknown or incomplete action &apos;%1&apos;</source>
        <translation>不明な、または不完全な操作 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>sign</name>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="46"/>
        <source>Signs a raw HTTP/1.1 request and prints the canonical request, the string to sign, the signature or the signed request, byte for byte.</source>
        <translation>生の HTTP/1.1 リクエストに署名し、正規リクエスト、署名対象文字列、署名、または署名済みリクエストをバイト単位で正確に出力します。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="58"/>
        <source>The raw HTTP request to sign (&apos;-&apos; for standard input).</source>
        <translation>署名する生の HTTP リクエスト (標準入力の場合は &apos;-&apos;)。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="60"/>
        <source>The access key id.</source>
        <translation>アクセスキー ID。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="62"/>
        <source>The secret key (visible to every user in the process list: prefer AWS_SECRET_ACCESS_KEY in the environment).</source>
        <translation>シークレットキー (プロセス一覧ですべてのユーザーに見えます。環境変数 AWS_SECRET_ACCESS_KEY の使用を推奨します)。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="67"/>
        <source>A session token (or AWS_SESSION_TOKEN in the environment).</source>
        <translation>セッショントークン (または環境変数 AWS_SESSION_TOKEN)。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="70"/>
        <source>The region in the credential scope.</source>
        <translation>認証情報スコープのリージョン。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="72"/>
        <source>The service name in the credential scope (s3, ec2…).</source>
        <translation>認証情報スコープのサービス名 (s3、ec2…)。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="74"/>
        <source>The signing time: 2015-08-30T12:36:00Z or 20150830T123600Z.</source>
        <translation>署名時刻: 2015-08-30T12:36:00Z または 20150830T123600Z。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="77"/>
        <source>v4 (default), v4-s3, v2, v2-sha1, s3-v1, goog-v1 or low.</source>
        <translation>v4 (デフォルト)、v4-s3、v2、v2-sha1、s3-v1、goog-v1、low のいずれか。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="80"/>
        <source>header (default) or query (presigned).</source>
        <translation>header (デフォルト) または query (署名付き)。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="82"/>
        <source>Seconds a presigned request stays valid (default 3600).</source>
        <translation>署名付きリクエストの有効秒数 (デフォルト 3600)。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="85"/>
        <source>SigV4 generic rules: do not normalise the path.</source>
        <translation>SigV4 の汎用ルール: パスを正規化しません。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="87"/>
        <source>SigV4 generic rules: add and sign x-amz-content-sha256.</source>
        <translation>SigV4 の汎用ルール: x-amz-content-sha256 を追加して署名します。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="89"/>
        <source>SigV4 S3 rules: sign UNSIGNED-PAYLOAD.</source>
        <translation>SigV4 の S3 ルール: UNSIGNED-PAYLOAD で署名します。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="91"/>
        <source>Query SigV2: sign the host without its port.</source>
        <translation>クエリ SigV2: ポートを除いたホストに署名します。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="92"/>
        <source>https (default) or http.</source>
        <translation>https (デフォルト) または http。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="94"/>
        <source>canonical-request, string-to-sign, signature, signed-request or all (default).</source>
        <translation>canonical-request、string-to-sign、signature、signed-request、all (デフォルト) のいずれか。</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="108"/>
        <source>--%1 is required</source>
        <translation>--%1 は必須です</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="115"/>
        <source>the secret key is required: AWS_SECRET_ACCESS_KEY</source>
        <translation>シークレットキーが必要です: AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="119"/>
        <source>warning: --secret-key shows the secret in the process list; use AWS_SECRET_ACCESS_KEY</source>
        <translation>警告: --secret-key を使うとシークレットがプロセス一覧に表示されます。AWS_SECRET_ACCESS_KEY を使用してください</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="128"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="139"/>
        <source>unknown algorithm %1</source>
        <translation>不明なアルゴリズム %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="143"/>
        <source>--mode is header or query</source>
        <translation>--mode は header または query です</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="153"/>
        <source>cannot read the time %1</source>
        <translation>時刻 %1 を読み取れません</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="160"/>
        <source>--expires takes a number of seconds</source>
        <translation>--expires には秒数を指定します</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="185"/>
        <source>unknown --print part %1</source>
        <translation>不明な --print の部分 %1</translation>
    </message>
</context>
</TS>
