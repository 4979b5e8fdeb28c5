<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="37"/>
        <source>About Skylight</source>
        <translation>Über Skylight</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="49"/>
        <source>&lt;h2&gt;Skylight %1&lt;/h2&gt;&lt;p&gt;A desktop console for public and private clouds: EC2 instances, their maintenance schedule, S3 buckets and static websites.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Skylight %1&lt;/h2&gt;&lt;p&gt;Eine Desktop-Konsole für öffentliche und private Clouds: EC2-Instanzen, ihr Wartungsplan, S3-Buckets und statische Websites.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="59"/>
        <source>Revision:</source>
        <translation>Revision:</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="60"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="61"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
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
        <translation>Version unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="68"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="72"/>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="74"/>
        <source>&lt;p&gt;&lt;b&gt;Skylight&lt;/b&gt; is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Skylight&lt;/b&gt; ist freie Software: Sie können sie unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later), weitergeben und/oder verändern. Sie wird ohne jede Gewährleistung bereitgestellt.&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="78"/>
        <source>&lt;p&gt;&lt;b&gt;Qt&lt;/b&gt; is used under the GNU Lesser General Public License version 3 (LGPL-3.0); some Qt modules, such as Qt Charts, are available under the GPL only. &lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qt&lt;/b&gt; wird unter der GNU Lesser General Public License Version 3 (LGPL-3.0) verwendet; einige Qt-Module wie Qt Charts sind nur unter der GPL erhältlich. &lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="82"/>
        <source>&lt;p&gt;&lt;b&gt;OpenSSL&lt;/b&gt; 3 is licensed under the Apache License 2.0 (Apache-2.0).&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;OpenSSL&lt;/b&gt; 3 steht unter der Apache License 2.0 (Apache-2.0).&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="84"/>
        <source>&lt;p&gt;&lt;b&gt;QtKeychain&lt;/b&gt; is licensed under the BSD 3-Clause licence (BSD-3-Clause). &lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;QtKeychain&lt;/b&gt; steht unter der BSD-3-Clause-Lizenz (BSD-3-Clause). &lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="91"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="92"/>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
</context>
<context>
    <name>AccessControlPolicy</name>
    <message>
        <location filename="../core/s3/aclparser.cpp" line="94"/>
        <source>public read and write</source>
        <translation>öffentlich lesen und schreiben</translation>
    </message>
    <message>
        <location filename="../core/s3/aclparser.cpp" line="96"/>
        <source>public read</source>
        <translation>öffentlich lesen</translation>
    </message>
    <message>
        <location filename="../core/s3/aclparser.cpp" line="98"/>
        <source>authenticated users read</source>
        <translation>angemeldete Benutzer lesen</translation>
    </message>
    <message>
        <location filename="../core/s3/aclparser.cpp" line="100"/>
        <source>private</source>
        <translation>privat</translation>
    </message>
</context>
<context>
    <name>AdHocProfile</name>
    <message>
        <location filename="../core/clouds/adhocprofile.cpp" line="18"/>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>„%1“ ist keine http://- oder https://-Adresse</translation>
    </message>
    <message>
        <location filename="../core/clouds/adhocprofile.cpp" line="32"/>
        <source>Eucalyptus needs the cloud&apos;s URL, such as http://HOST:8773</source>
        <translation>Eucalyptus benötigt die Adresse der Cloud, etwa http://HOST:8773</translation>
    </message>
    <message>
        <location filename="../core/clouds/adhocprofile.cpp" line="54"/>
        <source>an S3-compatible store needs its URL</source>
        <translation>ein S3-kompatibler Speicher benötigt seine Adresse</translation>
    </message>
    <message>
        <location filename="../core/clouds/adhocprofile.cpp" line="61"/>
        <source>the sandbox needs its URL, such as http://127.0.0.1:PORT</source>
        <translation>die Sandbox benötigt ihre Adresse, etwa http://127.0.0.1:PORT</translation>
    </message>
</context>
<context>
    <name>AdvancedProfileSection</name>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="31"/>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="32"/>
        <location filename="../ui/advancedprofilesection.cpp" line="107"/>
        <source>Show advanced settings</source>
        <translation>Erweiterte Einstellungen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="43"/>
        <source>Signature Version 4</source>
        <translation>Signature Version 4</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="44"/>
        <source>Query Signature Version 2 (HmacSHA256)</source>
        <translation>Query Signature Version 2 (HmacSHA256)</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="45"/>
        <source>Query Signature Version 2 (HmacSHA1)</source>
        <translation>Query Signature Version 2 (HmacSHA1)</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="46"/>
        <source>EC2 signing</source>
        <translation>EC2-Signatur</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="48"/>
        <source>Signature Version 4 (S3)</source>
        <translation>Signature Version 4 (S3)</translation>
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
        <translation>LOW (Internet Archive, nur HTTPS)</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="52"/>
        <source>S3 signing</source>
        <translation>S3-Signatur</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="55"/>
        <source>Automatic (path-style for dotted names, IPs and ports)</source>
        <translation>Automatisch (Pfadstil bei Namen mit Punkten, IP-Adressen und Ports)</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="56"/>
        <source>Virtual host (bucket.host)</source>
        <translation>Virtueller Host (bucket.host)</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="57"/>
        <source>Path-style (host/bucket)</source>
        <translation>Pfadstil (host/bucket)</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="58"/>
        <source>Bucket addressing</source>
        <translation>Bucket-Adressierung</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="60"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="61"/>
        <source>EC2 API version</source>
        <translation>EC2-API-Version</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="63"/>
        <source>e.g. http://{bucket}.web.example.com (optional)</source>
        <translation>z. B. http://{bucket}.web.example.com (optional)</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="64"/>
        <source>Where this cloud serves bucket websites, when it has no fixed rule: {bucket} stands for the bucket name; without it the name is appended.</source>
        <translation>Wo diese Cloud Bucket-Websites bereitstellt, wenn es keine feste Regel gibt: {bucket} steht für den Bucket-Namen; fehlt es, wird der Name angehängt.</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="67"/>
        <source>Website endpoint</source>
        <translation>Website-Endpunkt</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="69"/>
        <source>PEM file of extra trusted CAs (optional)</source>
        <translation>PEM-Datei mit zusätzlichen vertrauenswürdigen Zertifizierungsstellen (optional)</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="70"/>
        <location filename="../ui/advancedprofilesection.cpp" line="94"/>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="71"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="72"/>
        <source>Choose a CA file</source>
        <translation>CA-Datei auswählen</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="77"/>
        <source>SHA-256 fingerprint of a trusted certificate (optional)</source>
        <translation>SHA-256-Fingerabdruck eines vertrauenswürdigen Zertifikats (optional)</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="78"/>
        <source>Pinned certificate fingerprint</source>
        <translation>Fingerabdruck des festgelegten Zertifikats</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="80"/>
        <source>EC2 signing:</source>
        <translation>EC2-Signatur:</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="81"/>
        <source>S3 signing:</source>
        <translation>S3-Signatur:</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="82"/>
        <source>Bucket addressing:</source>
        <translation>Bucket-Adressierung:</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="83"/>
        <source>EC2 API version:</source>
        <translation>EC2-API-Version:</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="84"/>
        <source>Website endpoint:</source>
        <translation>Website-Endpunkt:</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="85"/>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="88"/>
        <source>Pinned certificate:</source>
        <translation>Festgelegtes Zertifikat:</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="96"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/advancedprofilesection.cpp" line="107"/>
        <source>Hide advanced settings</source>
        <translation>Erweiterte Einstellungen ausblenden</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../core/s3/bodydigest.cpp" line="45"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/s3/bodydigest.cpp" line="52"/>
        <source>%1 ended early (did it change while being read?)</source>
        <translation>%1 endete vorzeitig (wurde die Datei während des Lesens verändert?)</translation>
    </message>
    <message>
        <location filename="../core/s3/listobjectsparser.cpp" line="95"/>
        <source>the listing says there is more but gives no way to ask for it</source>
        <translation>die Auflistung meldet weitere Einträge, bietet aber keinen Weg, sie abzufragen</translation>
    </message>
    <message>
        <location filename="../core/s3/multipartparsers.cpp" line="25"/>
        <source>the server started an upload but gave no upload id</source>
        <translation>der Server hat einen Upload begonnen, aber keine Upload-ID geliefert</translation>
    </message>
    <message>
        <location filename="../core/s3/multipartparsers.cpp" line="66"/>
        <source>the part list says there is more but gives no marker</source>
        <translation>die Teileliste meldet weitere Einträge, enthält aber keine Markierung</translation>
    </message>
    <message>
        <location filename="../core/s3/multipartparsers.cpp" line="101"/>
        <source>the upload list says there is more but gives no marker</source>
        <translation>die Upload-Liste meldet weitere Einträge, enthält aber keine Markierung</translation>
    </message>
    <message>
        <location filename="../core/s3/multipartparsers.cpp" line="133"/>
        <source>the server&apos;s answer to completing the upload has no ETag</source>
        <translation>die Antwort des Servers auf den Abschluss des Uploads enthält kein ETag</translation>
    </message>
    <message>
        <location filename="../core/s3/multipartparsers.cpp" line="156"/>
        <source>the server&apos;s answer to copying a part has no ETag</source>
        <translation>die Antwort des Servers auf das Kopieren eines Teils enthält kein ETag</translation>
    </message>
    <message>
        <location filename="../core/s3/xmldocument.cpp" line="355"/>
        <source>the answer declares a DTD, which Skylight never reads</source>
        <translation>die Antwort deklariert eine DTD, die Skylight nie liest</translation>
    </message>
    <message>
        <location filename="../core/s3/xmldocument.cpp" line="360"/>
        <source>expected &lt;%1&gt;, the answer has &lt;%2&gt;</source>
        <translation>&lt;%1&gt; erwartet, die Antwort enthält &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../core/s3/xmldocument.cpp" line="365"/>
        <source>the answer nests deeper than %1 levels</source>
        <translation>die Antwort ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location filename="../core/s3/xmldocument.cpp" line="393"/>
        <source>the answer is not well-formed XML (%1 at line %2)</source>
        <translation>die Antwort ist kein wohlgeformtes XML (%1 in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../core/s3/xmldocument.cpp" line="397"/>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="99"/>
        <source>no error</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="100"/>
        <source>The server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="106"/>
        <source>%1 replied %2</source>
        <translation>%1 antwortete %2</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="107"/>
        <source>%1 replied %2 to %3 %4</source>
        <translation>%1 antwortete %2 auf %3 %4</translation>
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
        <translation>%1 (Anfrage-ID %2)</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="123"/>
        <source>The server computed a different signature: the secret key or the signing settings (region, signature version) do not match this cloud.</source>
        <translation>Der Server hat eine andere Signatur berechnet: Der geheime Schlüssel oder die Signatureinstellungen (Region, Signaturversion) passen nicht zu dieser Cloud.</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="126"/>
        <source>The server does not know this access key.</source>
        <translation>Der Server kennt diesen Zugriffsschlüssel nicht.</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="128"/>
        <source>The presigned link has expired.</source>
        <translation>Der vorsignierte Link ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="130"/>
        <source>Access is denied for this key.</source>
        <translation>Der Zugriff wird für diesen Schlüssel verweigert.</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="133"/>
        <source>The data the server received does not match its checksum: it was changed or cut short on the way.</source>
        <translation>Die beim Server angekommenen Daten passen nicht zu ihrer Prüfsumme: Sie wurden unterwegs verändert oder abgeschnitten.</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="136"/>
        <source>This computer&apos;s clock is too far from the server&apos;s.</source>
        <translation>Die Uhr dieses Computers weicht zu weit von der des Servers ab.</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="138"/>
        <source>The bucket does not exist.</source>
        <translation>Der Bucket existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="140"/>
        <source>The object does not exist.</source>
        <translation>Das Objekt existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="143"/>
        <source>The server asked Skylight to slow down and kept refusing.</source>
        <translation>Der Server hat Skylight gebeten, langsamer zu werden, und weitere Anfragen abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="146"/>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="148"/>
        <source>The connection to the server failed.</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="150"/>
        <source>The server stopped answering.</source>
        <translation>Der Server antwortet nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="152"/>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut.</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="155"/>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="157"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="159"/>
        <source>The request could not be signed.</source>
        <translation>Die Anfrage konnte nicht signiert werden.</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="161"/>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="163"/>
        <source>The request is not valid.</source>
        <translation>Die Anfrage ist ungültig.</translation>
    </message>
    <message>
        <location filename="../core/transport/apierror.cpp" line="165"/>
        <source>A local file could not be read or written.</source>
        <translation>Eine lokale Datei konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/transport/exchange.cpp" line="32"/>
        <source>no data moved within the transfer timeout</source>
        <translation>innerhalb der Übertragungszeitbegrenzung wurden keine Daten übertragen</translation>
    </message>
</context>
<context>
    <name>ApiVersionsView</name>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="25"/>
        <source>EC2 actions added by each API version</source>
        <translation>Von jeder API-Version hinzugefügte EC2-Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="29"/>
        <source>API versions chart</source>
        <translation>Diagramm der API-Versionen</translation>
    </message>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="33"/>
        <source>Actions this cloud lacks</source>
        <translation>Aktionen, die dieser Cloud fehlen</translation>
    </message>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="34"/>
        <source>Actions this cloud&apos;s version lacks:</source>
        <translation>Aktionen, die der Version dieser Cloud fehlen:</translation>
    </message>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="59"/>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="60"/>
        <source>Added by %1 (this cloud)</source>
        <translation>Hinzugefügt mit %1 (diese Cloud)</translation>
    </message>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="61"/>
        <source>Newer: not offered</source>
        <translation>Neuer: nicht angeboten</translation>
    </message>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="76"/>
        <source>%1 ◀ this cloud</source>
        <translation>%1 ◀ diese Cloud</translation>
    </message>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="85"/>
        <source>%1 (since %2)</source>
        <translation>%1 (seit %2)</translation>
    </message>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="97"/>
        <source>actions added</source>
        <translation>hinzugefügte Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="104"/>
        <source>&lt;b&gt;%1&lt;/b&gt; speaks EC2 API version &lt;b&gt;%2&lt;/b&gt;: %3 of the %4 actions Skylight knows.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; spricht die EC2-API-Version &lt;b&gt;%2&lt;/b&gt;: %3 der %4 Aktionen, die Skylight kennt.</translation>
    </message>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="109"/>
        <source>(No version is set for this cloud, so Skylight sends the newest it knows.)</source>
        <translation>(Für diese Cloud ist keine Version festgelegt, daher sendet Skylight die neueste, die es kennt.)</translation>
    </message>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="112"/>
        <source>(%1 is not in the catalogue; versions before it count as offered.)</source>
        <translation>(%1 ist nicht im Katalog; ältere Versionen gelten als angeboten.)</translation>
    </message>
    <message>
        <location filename="../ui/apiversionsview.cpp" line="116"/>
        <source>None: this cloud offers every action Skylight knows.</source>
        <translation>Keine: Diese Cloud bietet jede Aktion an, die Skylight kennt.</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../ui/settings/appsettings.cpp" line="119"/>
        <source>Files and parts in flight must each be between %1 and %2.</source>
        <translation>Gleichzeitige Dateien und Teile müssen jeweils zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/appsettings.cpp" line="123"/>
        <source>The part size must be between 5 MiB and 5 GiB.</source>
        <translation>Die Teilgröße muss zwischen 5 MiB und 5 GiB liegen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/appsettings.cpp" line="125"/>
        <source>Add at least one reminder lead time.</source>
        <translation>Fügen Sie mindestens eine Erinnerungsvorlaufzeit hinzu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/appsettings.cpp" line="127"/>
        <source>At most %n reminder lead times.</source>
        <translation>
            <numerusform>Höchstens %Ln Erinnerungsvorlaufzeit.</numerusform>
            <numerusform>Höchstens %Ln Erinnerungsvorlaufzeiten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings/appsettings.cpp" line="129"/>
        <source>Each reminder lead time may appear only once.</source>
        <translation>Jede Erinnerungsvorlaufzeit darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/appsettings.cpp" line="132"/>
        <source>A reminder lead time lies between one minute and 30 days.</source>
        <translation>Eine Erinnerungsvorlaufzeit liegt zwischen einer Minute und 30 Tagen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/appsettings.cpp" line="136"/>
        <source>Refresh at most once a minute and at least once a day, or choose manual.</source>
        <translation>Aktualisieren Sie höchstens einmal pro Minute und mindestens einmal pro Tag, oder wählen Sie „Manuell“.</translation>
    </message>
    <message>
        <location filename="../ui/settings/appsettings.cpp" line="138"/>
        <source>Unknown language, theme or proxy choice.</source>
        <translation>Unbekannte Sprache, unbekanntes Design oder unbekannte Proxy-Auswahl.</translation>
    </message>
    <message>
        <location filename="../ui/settings/appsettings.cpp" line="141"/>
        <source>Enter the proxy&apos;s host name or address.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Proxys ein.</translation>
    </message>
    <message>
        <location filename="../ui/settings/appsettings.cpp" line="143"/>
        <source>&quot;%1&quot; is not a host name or address (no scheme, path or port here).</source>
        <translation>„%1“ ist kein Hostname und keine Adresse (hier ohne Schema, Pfad oder Port).</translation>
    </message>
    <message>
        <location filename="../ui/settings/appsettings.cpp" line="145"/>
        <source>The proxy port must be between 1 and 65535.</source>
        <translation>Der Proxy-Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
</context>
<context>
    <name>AwsConfigImporter</name>
    <message>
        <location filename="../core/clouds/awsconfigimporter.cpp" line="67"/>
        <source>neither this file nor %1 exists</source>
        <translation>weder diese Datei noch %1 existiert</translation>
    </message>
    <message>
        <location filename="../core/clouds/awsconfigimporter.cpp" line="117"/>
        <source>%1: [%2] is ignored; the config file names profiles [profile %2]</source>
        <translation>%1: [%2] wird ignoriert; die Konfigurationsdatei benennt Profile als [profile %2]</translation>
    </message>
    <message>
        <location filename="../core/clouds/awsconfigimporter.cpp" line="128"/>
        <source>profile %1 has only one of aws_access_key_id and aws_secret_access_key</source>
        <translation>Profil %1 enthält nur einen der Werte aws_access_key_id und aws_secret_access_key</translation>
    </message>
    <message>
        <location filename="../core/clouds/awsconfigimporter.cpp" line="136"/>
        <source>profile %1 names a missing [services %2]</source>
        <translation>Profil %1 verweist auf ein fehlendes [services %2]</translation>
    </message>
    <message>
        <location filename="../core/clouds/awsconfigimporter.cpp" line="162"/>
        <source>unknown addressing_style &apos;%1&apos;</source>
        <translation>unbekannter addressing_style „%1“</translation>
    </message>
    <message>
        <location filename="../core/clouds/awsconfigimporter.cpp" line="184"/>
        <source>%1: profile %2 uses %3; only its settings are imported, Skylight needs static keys</source>
        <translation>%1: Profil %2 verwendet %3; nur seine Einstellungen werden importiert, Skylight benötigt statische Schlüssel</translation>
    </message>
</context>
<context>
    <name>AwsCredentialChain</name>
    <message>
        <location filename="../core/clouds/awscredentialchain.cpp" line="36"/>
        <source>The profile %1 (AWS_PROFILE) is not in %2 or %3</source>
        <translation>Das Profil %1 (AWS_PROFILE) steht weder in %2 noch in %3</translation>
    </message>
    <message>
        <location filename="../core/clouds/awscredentialchain.cpp" line="44"/>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../core/clouds/awscredentialchain.cpp" line="49"/>
        <source>No AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or give the profile %1 static keys</source>
        <translation>Keine AWS-Zugangsdaten: Setzen Sie AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY oder geben Sie dem Profil %1 statische Schlüssel</translation>
    </message>
</context>
<context>
    <name>BotoImporter</name>
    <message>
        <location filename="../core/clouds/botoimporter.cpp" line="82"/>
        <source>no boto configuration file exists</source>
        <translation>es gibt keine boto-Konfigurationsdatei</translation>
    </message>
    <message>
        <location filename="../core/clouds/botoimporter.cpp" line="112"/>
        <source>is_secure must be True or False</source>
        <translation>is_secure muss True oder False sein</translation>
    </message>
    <message>
        <location filename="../core/clouds/botoimporter.cpp" line="119"/>
        <source>https_validate_certificates must be True or False</source>
        <translation>https_validate_certificates muss True oder False sein</translation>
    </message>
    <message>
        <location filename="../core/clouds/botoimporter.cpp" line="131"/>
        <source>%1_access_key_id and %1_secret_access_key must be given together</source>
        <translation>%1_access_key_id und %1_secret_access_key müssen zusammen angegeben werden</translation>
    </message>
    <message>
        <location filename="../core/clouds/botoimporter.cpp" line="144"/>
        <source>%1: euca_access_key_id without [Boto] eucalyptus_host or walrus_host; the Eucalyptus cloud is skipped</source>
        <translation>%1: euca_access_key_id ohne eucalyptus_host oder walrus_host in [Boto]; die Eucalyptus-Cloud wird übersprungen</translation>
    </message>
    <message>
        <location filename="../core/clouds/botoimporter.cpp" line="205"/>
        <source>no cloud credentials found in [Credentials]</source>
        <translation>keine Cloud-Zugangsdaten in [Credentials] gefunden</translation>
    </message>
</context>
<context>
    <name>BreadcrumbBar</name>
    <message>
        <location filename="../ui/breadcrumbbar.cpp" line="25"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/breadcrumbbar.cpp" line="26"/>
        <source>Location path</source>
        <translation>Ortspfad</translation>
    </message>
    <message>
        <location filename="../ui/breadcrumbbar.cpp" line="27"/>
        <source>Type bucket/folder/ and press Enter; Escape goes back</source>
        <translation>Geben Sie bucket/ordner/ ein und drücken Sie die Eingabetaste; Escape geht zurück</translation>
    </message>
    <message>
        <location filename="../ui/breadcrumbbar.cpp" line="28"/>
        <source>bucket/folder/</source>
        <translation>bucket/ordner/</translation>
    </message>
    <message>
        <location filename="../ui/breadcrumbbar.cpp" line="115"/>
        <source>Buckets</source>
        <translation>Buckets</translation>
    </message>
    <message>
        <location filename="../ui/breadcrumbbar.cpp" line="124"/>
        <source>separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <location filename="../ui/breadcrumbbar.cpp" line="130"/>
        <source>Location level %1</source>
        <translation>Ortsebene %1</translation>
    </message>
</context>
<context>
    <name>BreadcrumbDropTarget</name>
    <message>
        <location filename="../ui/dnd/breadcrumbdroptarget.cpp" line="50"/>
        <source>Drop onto a bucket or folder of the location, not onto the bucket list.</source>
        <translation>Legen Sie auf einem Bucket oder Ordner des Orts ab, nicht auf der Bucket-Liste.</translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <location filename="../ui/browserpage.cpp" line="65"/>
        <source>Filter: name start, or a pattern such as IMG_*.jpg</source>
        <translation>Filter: Name oder Muster wie IMG_*.jpg</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="66"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="92"/>
        <source>Buckets</source>
        <translation>Buckets</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="117"/>
        <source>Drop to upload into %1</source>
        <translation>Ablegen, um nach %1 hochzuladen</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="183"/>
        <source>Drop files onto the folder listing to upload them.</source>
        <translation>Legen Sie Dateien auf der Ordnerliste ab, um sie hochzuladen.</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="212"/>
        <location filename="../ui/browserpage.cpp" line="224"/>
        <location filename="../ui/browserpage.cpp" line="236"/>
        <source>Choose a bucket first.</source>
        <translation>Wählen Sie zuerst einen Bucket.</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="269"/>
        <source>Reading the keys of %1…</source>
        <translation>Zugangsschlüssel für %1 werden gelesen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browserpage.cpp" line="407"/>
        <source>Uploading %n item(s) to %1</source>
        <translation>
            <numerusform>%Ln Eintrag wird nach %1 hochgeladen</numerusform>
            <numerusform>%Ln Einträge werden nach %1 hochgeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browserpage.cpp" line="421"/>
        <source>Downloading %n item(s) for the drag…</source>
        <translation>
            <numerusform>%Ln Eintrag wird für das Ziehen heruntergeladen …</numerusform>
            <numerusform>%Ln Einträge werden für das Ziehen heruntergeladen …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="436"/>
        <source>Upload files</source>
        <translation>Dateien hochladen</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="448"/>
        <source>Upload folder</source>
        <translation>Ordner hochladen</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="458"/>
        <source>Download into</source>
        <translation>Herunterladen nach</translation>
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
            <numerusform>%Ln Eintrag wird heruntergeladen</numerusform>
            <numerusform>%Ln Einträge werden heruntergeladen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="476"/>
        <source>Not downloaded: %1</source>
        <translation>Nicht heruntergeladen: %1</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="485"/>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="485"/>
        <source>Folder name:</source>
        <translation>Ordnername:</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="494"/>
        <source>Folder %1 created</source>
        <translation>Ordner %1 erstellt</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="527"/>
        <source>Rename or move</source>
        <translation>Umbenennen oder verschieben</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="527"/>
        <source>New key (a folder&apos;s ends in /):</source>
        <translation>Neuer Schlüssel (der eines Ordners endet auf /):</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browserpage.cpp" line="549"/>
        <source>Moving %n item(s) to %1…</source>
        <translation>
            <numerusform>%Ln Eintrag wird nach %1 verschoben …</numerusform>
            <numerusform>%Ln Einträge werden nach %1 verschoben …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browserpage.cpp" line="552"/>
        <source>%n object(s) moved</source>
        <translation>
            <numerusform>%Ln Objekt verschoben</numerusform>
            <numerusform>%Ln Objekte verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browserpage.cpp" line="553"/>
        <source>%n object(s) moved; %1</source>
        <translation>
            <numerusform>%Ln Objekt verschoben; %1</numerusform>
            <numerusform>%Ln Objekte verschoben; %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="566"/>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <location filename="../ui/browserpage.cpp" line="573"/>
        <source>Choose an object to share (folders have no link).</source>
        <translation>Wählen Sie ein Objekt zum Teilen (Ordner haben keinen Link).</translation>
    </message>
</context>
<context>
    <name>BrowserStatusLine</name>
    <message>
        <location filename="../ui/browserstatusline.cpp" line="14"/>
        <source>Browser status</source>
        <translation>Browser-Status</translation>
    </message>
    <message>
        <location filename="../ui/browserstatusline.cpp" line="16"/>
        <source>Item count</source>
        <translation>Anzahl der Einträge</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browserstatusline.cpp" line="48"/>
        <source>Listing… %n item(s) so far</source>
        <translation>
            <numerusform>Auflisten … bisher %Ln Eintrag</numerusform>
            <numerusform>Auflisten … bisher %Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browserstatusline.cpp" line="49"/>
        <source>%n item(s); scroll for more</source>
        <translation>
            <numerusform>%Ln Eintrag; für weitere scrollen</numerusform>
            <numerusform>%Ln Einträge; für weitere scrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browserstatusline.cpp" line="50"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browserstatusline.cpp" line="55"/>
        <source>%n bucket(s)</source>
        <translation>
            <numerusform>%Ln Bucket</numerusform>
            <numerusform>%Ln Buckets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowserToolbar</name>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="18"/>
        <source>Bucket actions</source>
        <translation>Bucket-Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="21"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="23"/>
        <source>Refresh (%1)</source>
        <translation>Aktualisieren (%1)</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="25"/>
        <source>Upload files…</source>
        <translation>Dateien hochladen …</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="27"/>
        <source>Upload folder…</source>
        <translation>Ordner hochladen …</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="28"/>
        <source>New folder…</source>
        <translation>Neuer Ordner …</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="30"/>
        <source>Download…</source>
        <translation>Herunterladen …</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="31"/>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="33"/>
        <source>Rename/Move…</source>
        <translation>Verschieben …</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="35"/>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="37"/>
        <source>Share link…</source>
        <translation>Link teilen …</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="38"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="41"/>
        <source>Create bucket…</source>
        <translation>Bucket erstellen …</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="43"/>
        <source>Delete bucket…</source>
        <translation>Bucket löschen …</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="47"/>
        <source>Website…</source>
        <translation>Website …</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="49"/>
        <source>Incomplete uploads…</source>
        <translation>Unvollständige Uploads …</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="54"/>
        <source>Usage…</source>
        <translation>Speichernutzung …</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="56"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location filename="../ui/browsertoolbar.cpp" line="57"/>
        <location filename="../ui/browsertoolbar.cpp" line="58"/>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
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
        <translation>Bucket %1 wird erstellt …</translation>
    </message>
    <message>
        <location filename="../ui/bucketcommands.cpp" line="35"/>
        <source>Bucket %1 created in %2</source>
        <translation>Bucket %1 in %2 erstellt</translation>
    </message>
    <message>
        <location filename="../ui/bucketcommands.cpp" line="50"/>
        <source>Delete bucket</source>
        <translation>Bucket löschen</translation>
    </message>
    <message>
        <location filename="../ui/bucketcommands.cpp" line="51"/>
        <source>Delete the bucket %1? Only an empty bucket can be deleted.</source>
        <translation>Den Bucket %1 löschen? Nur ein leerer Bucket kann gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../ui/bucketcommands.cpp" line="62"/>
        <source>Bucket %1 deleted</source>
        <translation>Bucket %1 gelöscht</translation>
    </message>
</context>
<context>
    <name>BucketListModel</name>
    <message>
        <location filename="../ui/bucketlistmodel.cpp" line="137"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/bucketlistmodel.cpp" line="138"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/bucketlistmodel.cpp" line="167"/>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../ui/bucketlistmodel.cpp" line="169"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../ui/bucketlistmodel.cpp" line="171"/>
        <source>Created</source>
        <translation>Erstellt</translation>
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
        <translation>Google Cloud Storage (Interoperabilität)</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="34"/>
        <source>Internet Archive</source>
        <translation>Internet Archive</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="36"/>
        <source>S3-compatible store (MinIO, Ceph, R2, Wasabi…)</source>
        <translation>S3-kompatibler Speicher (MinIO, Ceph, R2, Wasabi …)</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="38"/>
        <location filename="../ui/cloudeditordialog.cpp" line="58"/>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="56"/>
        <source>S3-compatible</source>
        <translation>S3-kompatibel</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="88"/>
        <source>Add cloud</source>
        <translation>Cloud hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="93"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="96"/>
        <source>Cloud name</source>
        <translation>Cloud-Name</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="97"/>
        <source>EC2 endpoint</source>
        <translation>EC2-Endpunkt</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="98"/>
        <location filename="../ui/cloudeditordialog.cpp" line="100"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="99"/>
        <source>S3 endpoint</source>
        <translation>S3-Endpunkt</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="101"/>
        <source>Default region</source>
        <translation>Standardregion</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="102"/>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="103"/>
        <source>comma-separated; empty: the default region</source>
        <translation>durch Kommas getrennt; leer: die Standardregion</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="104"/>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="105"/>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="107"/>
        <source>stored in the system keychain</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="108"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="109"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="110"/>
        <source>&amp;EC2 endpoint:</source>
        <translation>&amp;EC2-Endpunkt:</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="111"/>
        <source>&amp;S3 endpoint:</source>
        <translation>&amp;S3-Endpunkt:</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="112"/>
        <source>Default &amp;region:</source>
        <translation>Standard&amp;region:</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="113"/>
        <source>Re&amp;gions:</source>
        <translation>Re&amp;gionen:</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="114"/>
        <source>&amp;Access key ID:</source>
        <translation>&amp;Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="115"/>
        <source>Secret &amp;key:</source>
        <translation>Geheimer &amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="116"/>
        <source>Read-&amp;only: never upload, change or delete anything here</source>
        <translation>Nur &amp;lesen: hier nie etwas hochladen, ändern oder löschen</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="118"/>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="119"/>
        <source>Skylight refuses every upload, copy into, move, delete, new folder, bucket and website change on this cloud, and says why. Browsing, downloading and copying out still work.</source>
        <translation>Skylight verweigert in dieser Cloud jedes Hochladen, Hineinkopieren, Verschieben und Löschen, jeden neuen Ordner und jede Änderung an Buckets und Websites, und sagt warum. Durchsuchen, Herunterladen und Herauskopieren funktionieren weiterhin.</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="136"/>
        <source>Save cloud</source>
        <translation>Cloud speichern</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="137"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="149"/>
        <source>The certificate will be trusted for this cloud once you save.</source>
        <translation>Dem Zertifikat wird für diese Cloud vertraut, sobald Sie speichern.</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="184"/>
        <source>Edit cloud %1</source>
        <translation>Cloud %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="198"/>
        <source>The keys could not be read: %1</source>
        <translation>Die Schlüssel konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="248"/>
        <source>The cloud needs a name.</source>
        <translation>Die Cloud benötigt einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="250"/>
        <source>A cloud named %1 exists already.</source>
        <translation>Es gibt bereits eine Cloud namens %1.</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="252"/>
        <source>Give an EC2 or an S3 endpoint.</source>
        <translation>Geben Sie einen EC2- oder einen S3-Endpunkt an.</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="263"/>
        <source>Storing the keys in the keychain…</source>
        <translation>Schlüssel werden im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <location filename="../ui/cloudeditordialog.cpp" line="274"/>
        <source>The keys were not stored: %1</source>
        <translation>Die Schlüssel wurden nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>CloudProfile</name>
    <message>
        <location filename="../core/clouds/cloudprofile.cpp" line="144"/>
        <source>The profile has no name.</source>
        <translation>Das Profil hat keinen Namen.</translation>
    </message>
    <message>
        <location filename="../core/clouds/cloudprofile.cpp" line="146"/>
        <source>The profile has neither an EC2 nor an S3 endpoint.</source>
        <translation>Das Profil hat weder einen EC2- noch einen S3-Endpunkt.</translation>
    </message>
    <message>
        <location filename="../core/clouds/cloudprofile.cpp" line="153"/>
        <source>The %1 endpoint &apos;%2&apos; is not an http:// or https:// URL.</source>
        <translation>Der %1-Endpunkt „%2“ ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <location filename="../core/clouds/cloudprofile.cpp" line="158"/>
        <source>LOW authentication sends the secret itself and is allowed over https only.</source>
        <translation>LOW-Authentifizierung sendet das Geheimnis selbst und ist nur über https erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/clouds/cloudprofile.cpp" line="160"/>
        <source>The default region %1 is not in the list of regions.</source>
        <translation>Die Standardregion %1 steht nicht in der Liste der Regionen.</translation>
    </message>
    <message>
        <location filename="../core/clouds/cloudprofile.cpp" line="162"/>
        <source>The pinned certificate fingerprint is not a SHA-256 fingerprint.</source>
        <translation>Der Fingerabdruck des festgelegten Zertifikats ist kein SHA-256-Fingerabdruck.</translation>
    </message>
    <message>
        <location filename="../core/clouds/cloudprofile.cpp" line="169"/>
        <source>Cloud “%1” is set to read-only; change that in the cloud&apos;s settings to write to it.</source>
        <translation>Die Cloud „%1“ ist auf „Nur lesen“ gestellt; ändern Sie das in den Einstellungen der Cloud, um in sie zu schreiben.</translation>
    </message>
    <message>
        <location filename="../core/clouds/cloudprofile.cpp" line="172"/>
        <source>Cloud “%1” has no access keys, and anonymous access can only read; add keys in the cloud&apos;s settings to write to it.</source>
        <translation>Die Cloud „%1“ hat keine Zugriffsschlüssel, und anonymer Zugriff kann nur lesen; tragen Sie Schlüssel in den Einstellungen der Cloud ein, um in sie zu schreiben.</translation>
    </message>
    <message>
        <location filename="../core/clouds/cloudprofile.cpp" line="220"/>
        <source>a profile has no name</source>
        <translation>ein Profil hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../core/clouds/cloudprofile.cpp" line="224"/>
        <source>profile %1: unknown provider &apos;%2&apos;</source>
        <translation>Profil %1: unbekannter Anbieter „%2“</translation>
    </message>
    <message>
        <location filename="../core/clouds/cloudprofile.cpp" line="234"/>
        <source>profile %1: unknown signing algorithm</source>
        <translation>Profil %1: unbekanntes Signaturverfahren</translation>
    </message>
    <message>
        <location filename="../core/clouds/cloudprofile.cpp" line="239"/>
        <source>profile %1: unknown addressing style</source>
        <translation>Profil %1: unbekannter Adressierungsstil</translation>
    </message>
</context>
<context>
    <name>CloudsModel</name>
    <message>
        <location filename="../ui/cloudsmodel.cpp" line="112"/>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <location filename="../ui/cloudsmodel.cpp" line="114"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/cloudsmodel.cpp" line="116"/>
        <source>Buckets</source>
        <translation>Buckets</translation>
    </message>
    <message>
        <location filename="../ui/cloudsmodel.cpp" line="146"/>
        <source>(default region)</source>
        <translation>(Standardregion)</translation>
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
        <translation>Clouds</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <location filename="../ui/connectiontestpanel.cpp" line="19"/>
        <location filename="../ui/connectiontestpanel.cpp" line="21"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/connectiontestpanel.cpp" line="22"/>
        <source>Trust certificate…</source>
        <translation>Zertifikat vertrauen …</translation>
    </message>
    <message>
        <location filename="../ui/connectiontestpanel.cpp" line="24"/>
        <source>Trust the server&apos;s certificate</source>
        <translation>Dem Zertifikat des Servers vertrauen</translation>
    </message>
    <message>
        <location filename="../ui/connectiontestpanel.cpp" line="32"/>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <location filename="../ui/connectiontestpanel.cpp" line="63"/>
        <source>Testing…</source>
        <translation>Wird getestet …</translation>
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
        <translation>Diese Cloud hat weder einen S3- noch einen EC2-Endpunkt.</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <location filename="../core/clouds/connectiontester.cpp" line="30"/>
        <source>the answer nests deeper than %1 levels</source>
        <translation>die Antwort ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location filename="../core/clouds/connectiontester.cpp" line="44"/>
        <location filename="../core/clouds/connectiontester.cpp" line="83"/>
        <source>the answer holds a DTD, which is refused</source>
        <translation>die Antwort enthält eine DTD, die abgelehnt wird</translation>
    </message>
    <message>
        <location filename="../core/clouds/connectiontester.cpp" line="55"/>
        <source>expected &lt;%1&gt;, found &lt;%2&gt;</source>
        <translation>&lt;%1&gt; erwartet, &lt;%2&gt; gefunden</translation>
    </message>
    <message>
        <location filename="../core/clouds/connectiontester.cpp" line="65"/>
        <location filename="../core/clouds/connectiontester.cpp" line="105"/>
        <source>the answer is not valid XML: %1</source>
        <translation>die Antwort ist kein gültiges XML: %1</translation>
    </message>
    <message>
        <location filename="../core/clouds/connectiontester.cpp" line="92"/>
        <source>expected &lt;ListAllMyBucketsResult&gt;, found &lt;%1&gt;</source>
        <translation>&lt;ListAllMyBucketsResult&gt; erwartet, &lt;%1&gt; gefunden</translation>
    </message>
    <message>
        <location filename="../core/clouds/connectiontester.cpp" line="313"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>CreateBucketDialog</name>
    <message>
        <location filename="../ui/createbucketdialog.cpp" line="16"/>
        <source>Create bucket</source>
        <translation>Bucket erstellen</translation>
    </message>
    <message>
        <location filename="../ui/createbucketdialog.cpp" line="19"/>
        <source>Bucket name</source>
        <translation>Bucket-Name</translation>
    </message>
    <message>
        <location filename="../ui/createbucketdialog.cpp" line="20"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/createbucketdialog.cpp" line="25"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../ui/createbucketdialog.cpp" line="26"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../ui/createbucketdialog.cpp" line="32"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/createbucketdialog.cpp" line="43"/>
        <source>A bucket name has 3 to 63 characters.</source>
        <translation>Ein Bucket-Name hat 3 bis 63 Zeichen.</translation>
    </message>
    <message>
        <location filename="../ui/createbucketdialog.cpp" line="46"/>
        <source>Use lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit.</source>
        <translation>Verwenden Sie Kleinbuchstaben, Ziffern, Punkte und Bindestriche; Anfang und Ende müssen ein Buchstabe oder eine Ziffer sein.</translation>
    </message>
    <message>
        <location filename="../ui/createbucketdialog.cpp" line="49"/>
        <source>A bucket name cannot hold two dots in a row.</source>
        <translation>Ein Bucket-Name darf keine zwei Punkte hintereinander enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/createbucketdialog.cpp" line="51"/>
        <source>A bucket name cannot look like an IP address.</source>
        <translation>Ein Bucket-Name darf nicht wie eine IP-Adresse aussehen.</translation>
    </message>
</context>
<context>
    <name>CredentialJob</name>
    <message>
        <location filename="../core/clouds/credentialjob.cpp" line="51"/>
        <source>The credential store is gone.</source>
        <translation>Der Zugangsdatenspeicher ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location filename="../core/clouds/credentialjob.cpp" line="112"/>
        <source>The keychain entry for %1 is not one Skylight wrote.</source>
        <translation>Der Schlüsselbundeintrag für %1 wurde nicht von Skylight geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/clouds/credentialjob.cpp" line="128"/>
        <location filename="../core/clouds/credentialjob.cpp" line="184"/>
        <source>No secret is stored for %1.</source>
        <translation>Für %1 ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/clouds/credentialjob.cpp" line="136"/>
        <source>Access to the keychain was refused.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <location filename="../core/clouds/credentialjob.cpp" line="140"/>
        <source>The keychain is not available (%1).</source>
        <translation>Der Schlüsselbund ist nicht verfügbar (%1).</translation>
    </message>
    <message>
        <location filename="../core/clouds/credentialjob.cpp" line="155"/>
        <source>The keychain did not answer within %1 seconds; it may be locked.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet; möglicherweise ist er gesperrt.</translation>
    </message>
    <message>
        <location filename="../core/clouds/credentialjob.cpp" line="168"/>
        <source>The secret is kept in memory for this session only.</source>
        <translation>Das Geheimnis wird nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <location filename="../core/clouds/credentialjob.cpp" line="169"/>
        <source>%1 The secret is kept in memory for this session only.</source>
        <translation>%1 Das Geheimnis wird nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <location filename="../core/clouds/credentialjob.cpp" line="185"/>
        <source>%1 No secret for %2 was entered in this session.</source>
        <translation>%1 In dieser Sitzung wurde kein Geheimnis für %2 eingegeben.</translation>
    </message>
</context>
<context>
    <name>CrossCloudCopy</name>
    <message>
        <location filename="../ui/dnd/crosscloudcopy.cpp" line="37"/>
        <source>nothing was copied: the cloud the objects come from is no longer connected</source>
        <translation>nichts wurde kopiert: die Cloud, aus der die Objekte stammen, ist nicht mehr verbunden</translation>
    </message>
    <message>
        <location filename="../ui/dnd/crosscloudcopy.cpp" line="39"/>
        <source>nothing was copied: the cloud to copy into is no longer connected</source>
        <translation>nichts wurde kopiert: die Cloud, in die kopiert werden soll, ist nicht mehr verbunden</translation>
    </message>
    <message>
        <location filename="../ui/dnd/crosscloudcopy.cpp" line="42"/>
        <source>nothing was copied: no temporary folder could be made for copying between clouds (%1)</source>
        <translation>nichts wurde kopiert: für das Kopieren zwischen Clouds konnte kein temporärer Ordner angelegt werden (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dnd/crosscloudcopy.cpp" line="50"/>
        <source>nothing was copied: %1</source>
        <translation>nichts wurde kopiert: %1</translation>
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
        <translation>%1: nicht heruntergeladen: %2</translation>
    </message>
    <message>
        <location filename="../ui/dnd/crosscloudcopy.cpp" line="92"/>
        <source>%1: not uploaded: %2</source>
        <translation>%1: nicht hochgeladen: %2</translation>
    </message>
    <message>
        <location filename="../ui/dnd/crosscloudcopy.cpp" line="110"/>
        <source>The copies were made, but the originals were not deleted: %1</source>
        <translation>Die Kopien wurden angelegt, die Originale aber nicht gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>DescribeInstanceStatusJob</name>
    <message>
        <location filename="../core/ec2/describeinstancestatusjob.cpp" line="27"/>
        <source>%1 speaks EC2 API version %2, which has no DescribeInstanceStatus (it arrived with %3): status checks and scheduled events are not available</source>
        <translation>%1 spricht die EC2-API-Version %2, die kein DescribeInstanceStatus kennt (es kam mit %3): Statusprüfungen und geplante Ereignisse sind nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../core/ec2/describeinstancestatusjob.cpp" line="52"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>DescribeInstancesJob</name>
    <message>
        <location filename="../core/ec2/describeinstancesjob.cpp" line="40"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>DescribeRegionsJob</name>
    <message>
        <location filename="../core/ec2/describeregionsjob.cpp" line="28"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Download</name>
    <message>
        <location filename="../core/transfer/download.cpp" line="37"/>
        <source>no space left on the disk</source>
        <translation>kein Speicherplatz mehr auf dem Datenträger</translation>
    </message>
    <message>
        <location filename="../core/transfer/download.cpp" line="40"/>
        <source>only %1 of %2 bytes could be written</source>
        <translation>nur %1 von %2 Bytes konnten geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/transfer/download.cpp" line="91"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/transfer/download.cpp" line="80"/>
        <source>%1 would be written outside %2 (a symbolic link?)</source>
        <translation>%1 würde außerhalb von %2 geschrieben (ein symbolischer Link?)</translation>
    </message>
    <message>
        <location filename="../core/transfer/download.cpp" line="132"/>
        <location filename="../core/transfer/download.cpp" line="281"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/transfer/download.cpp" line="231"/>
        <source>a part of the object came back with the wrong size</source>
        <translation>ein Teil des Objekts kam mit falscher Größe zurück</translation>
    </message>
    <message>
        <location filename="../core/transfer/download.cpp" line="202"/>
        <source>cannot write the download: %1</source>
        <translation>der Download kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/transfer/download.cpp" line="122"/>
        <source>%1 is a symbolic link; Skylight does not write through it</source>
        <translation>%1 ist ein symbolischer Link; Skylight schreibt nicht durch ihn hindurch</translation>
    </message>
    <message>
        <location filename="../core/transfer/downloadverification.cpp" line="78"/>
        <source>the downloaded file has the wrong size</source>
        <translation>die heruntergeladene Datei hat die falsche Größe</translation>
    </message>
    <message>
        <location filename="../core/transfer/downloadverification.cpp" line="86"/>
        <source>cannot move the download into place: %1</source>
        <translation>der Download kann nicht an seinen Platz verschoben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/transfer/downloadverification.cpp" line="103"/>
        <source>the download does not match the object&apos;s MD5</source>
        <translation>der Download passt nicht zur MD5-Prüfsumme des Objekts</translation>
    </message>
    <message>
        <location filename="../core/transfer/downloadverification.cpp" line="127"/>
        <source>the download does not match the object&apos;s CRC32C checksum</source>
        <translation>der Download passt nicht zur CRC32C-Prüfsumme des Objekts</translation>
    </message>
    <message>
        <location filename="../core/transfer/download.cpp" line="306"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/transfer/download.cpp" line="314"/>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../core/transfer/downloadverification.cpp" line="163"/>
        <source>the download does not match the object&apos;s multipart ETag</source>
        <translation>der Download passt nicht zum Multipart-ETag des Objekts</translation>
    </message>
</context>
<context>
    <name>DragStager</name>
    <message>
        <location filename="../ui/dnd/dragstager.cpp" line="28"/>
        <source>%1 is too much to drag out (at most %2); use Download… to choose a folder.</source>
        <translation>%1 ist zu viel zum Herausziehen (höchstens %2); wählen Sie mit „Herunterladen …“ einen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/dnd/dragstager.cpp" line="33"/>
        <source>There is no staging folder for dragged files.</source>
        <translation>Es gibt keinen Zwischenordner für gezogene Dateien.</translation>
    </message>
    <message>
        <location filename="../ui/dnd/dragstager.cpp" line="38"/>
        <source>Cannot create the staging folder %1.</source>
        <translation>Der Zwischenordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../ui/dnd/dragstager.cpp" line="61"/>
        <source>Nothing to drag.</source>
        <translation>Nichts zum Ziehen.</translation>
    </message>
</context>
<context>
    <name>DropPlanner</name>
    <message>
        <location filename="../ui/dnd/dropplanner.cpp" line="24"/>
        <source>Open a bucket first: files are uploaded into the bucket or folder they are dropped on.</source>
        <translation>Öffnen Sie zuerst einen Bucket: Dateien werden in den Bucket oder Ordner hochgeladen, auf dem sie abgelegt werden.</translation>
    </message>
    <message>
        <location filename="../ui/dnd/dropplanner.cpp" line="27"/>
        <source>Only files and folders can be dropped here.</source>
        <translation>Hier können nur Dateien und Ordner abgelegt werden.</translation>
    </message>
    <message>
        <location filename="../ui/dnd/dropplanner.cpp" line="41"/>
        <source>%1 is not a file on this computer; only local files and folders can be uploaded.</source>
        <translation>%1 ist keine Datei auf diesem Computer; nur lokale Dateien und Ordner können hochgeladen werden.</translation>
    </message>
    <message>
        <location filename="../ui/dnd/dropplanner.cpp" line="49"/>
        <source>%1 does not exist (any more).</source>
        <translation>%1 existiert nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../ui/dnd/dropplanner.cpp" line="54"/>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Ec2ActionParser</name>
    <message>
        <location filename="../core/ec2/ec2actionparser.cpp" line="38"/>
        <source>EC2 answered %1 with return=false</source>
        <translation>EC2 hat %1 mit return=false beantwortet</translation>
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
        <translation>Instanzen und Ereignisse werden geladen …</translation>
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
            <numerusform>EC2 hat zweimal dasselbe NextToken geliefert; nach %Ln Seite angehalten</numerusform>
            <numerusform>EC2 hat zweimal dasselbe NextToken geliefert; nach %Ln Seiten angehalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ec2Parsers</name>
    <message>
        <location filename="../core/ec2/ec2parsers.cpp" line="294"/>
        <source>EC2 answered ModifyInstanceEventStartTime without the event</source>
        <translation>EC2 hat ModifyInstanceEventStartTime ohne das Ereignis beantwortet</translation>
    </message>
</context>
<context>
    <name>Ec2Refresh</name>
    <message>
        <location filename="../core/ec2/ec2refresh.cpp" line="85"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>EnvironmentCredentials</name>
    <message>
        <location filename="../core/clouds/environmentcredentials.cpp" line="55"/>
        <source>AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not</source>
        <translation>AWS_SECRET_ACCESS_KEY ist gesetzt, AWS_ACCESS_KEY_ID aber nicht</translation>
    </message>
    <message>
        <location filename="../core/clouds/environmentcredentials.cpp" line="56"/>
        <source>AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not</source>
        <translation>AWS_ACCESS_KEY_ID ist gesetzt, AWS_SECRET_ACCESS_KEY aber nicht</translation>
    </message>
</context>
<context>
    <name>EucarcImporter</name>
    <message>
        <location filename="../core/clouds/eucarcimporter.cpp" line="145"/>
        <source>expected &apos;AWSAccessKeyId=&apos; or &apos;AWSSecretKey=&apos;</source>
        <translation>&apos;AWSAccessKeyId=&apos; oder &apos;AWSSecretKey=&apos; erwartet</translation>
    </message>
    <message>
        <location filename="../core/clouds/eucarcimporter.cpp" line="148"/>
        <source>AWSAccessKeyId and AWSSecretKey must be given together</source>
        <translation>AWSAccessKeyId und AWSSecretKey müssen zusammen angegeben werden</translation>
    </message>
    <message>
        <location filename="../core/clouds/eucarcimporter.cpp" line="167"/>
        <source>the line holds a NUL byte: this is not a text file</source>
        <translation>die Zeile enthält ein NUL-Byte: Dies ist keine Textdatei</translation>
    </message>
    <message>
        <location filename="../core/clouds/eucarcimporter.cpp" line="178"/>
        <source>%1: shell control line ignored</source>
        <translation>%1: Shell-Steuerzeile ignoriert</translation>
    </message>
    <message>
        <location filename="../core/clouds/eucarcimporter.cpp" line="188"/>
        <source>expected &apos;export NAME=value&apos;</source>
        <translation>&apos;export NAME=value&apos; erwartet</translation>
    </message>
    <message>
        <location filename="../core/clouds/eucarcimporter.cpp" line="196"/>
        <source>a quote is not closed</source>
        <translation>ein Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../core/clouds/eucarcimporter.cpp" line="203"/>
        <source>neither EC2_URL nor S3_URL is set</source>
        <translation>weder EC2_URL noch S3_URL ist gesetzt</translation>
    </message>
    <message>
        <location filename="../core/clouds/eucarcimporter.cpp" line="208"/>
        <source>%1 is not a URL</source>
        <translation>%1 ist keine URL</translation>
    </message>
    <message>
        <location filename="../core/clouds/eucarcimporter.cpp" line="234"/>
        <source>%1 and %2 must be given together</source>
        <translation>%1 und %2 müssen zusammen angegeben werden</translation>
    </message>
    <message>
        <location filename="../core/clouds/eucarcimporter.cpp" line="243"/>
        <source>%1: no EC2_ACCESS_KEY / EC2_SECRET_KEY</source>
        <translation>%1: kein EC2_ACCESS_KEY / EC2_SECRET_KEY</translation>
    </message>
    <message>
        <location filename="../core/clouds/eucarcimporter.cpp" line="259"/>
        <source>the zip holds no eucarc</source>
        <translation>das ZIP-Archiv enthält keine eucarc</translation>
    </message>
    <message>
        <location filename="../core/clouds/eucarcimporter.cpp" line="274"/>
        <source>cannot create the folder for the cloud&apos;s certificate</source>
        <translation>der Ordner für das Zertifikat der Cloud kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>EventTimelineChart</name>
    <message>
        <location filename="../ui/eventtimelinechart.cpp" line="41"/>
        <source>Maintenance timeline</source>
        <translation>Wartungszeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/eventtimelinechart.cpp" line="49"/>
        <location filename="../ui/eventtimelinechart.cpp" line="214"/>
        <source>MMM d HH:mm</source>
        <comment>time axis labels: a QDateTime format</comment>
        <translation>d. MMM HH:mm</translation>
    </message>
    <message>
        <location filename="../ui/eventtimelinechart.cpp" line="51"/>
        <source>Window (local time)</source>
        <translation>Zeitfenster (Ortszeit)</translation>
    </message>
    <message>
        <location filename="../ui/eventtimelinechart.cpp" line="119"/>
        <source>Now</source>
        <translation>Jetzt</translation>
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
        <translation>d. MMM</translation>
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
        <translation>Zeitfenster %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/eventtimelinechart.cpp" line="268"/>
        <source>From %1 (no end given)</source>
        <translation>Ab %1 (kein Ende angegeben)</translation>
    </message>
    <message>
        <location filename="../ui/eventtimelinechart.cpp" line="270"/>
        <source>Can be moved until %1</source>
        <translation>Kann bis %1 verschoben werden</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../core/transport/exchange.cpp" line="133"/>
        <location filename="../core/transport/exchange.cpp" line="400"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/transport/exchange.cpp" line="224"/>
        <location filename="../core/transport/exchange.cpp" line="319"/>
        <source>the file to send cannot be read</source>
        <translation>die zu sendende Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/transport/exchange.cpp" line="308"/>
        <source>the path has a &quot;.&quot; or &quot;..&quot; segment, which only Skylight&apos;s direct connection can send, and the system settings ask for a proxy</source>
        <translation>der Pfad hat ein „.“- oder „..“-Segment, das nur die direkte Verbindung von Skylight senden kann, und die Systemeinstellungen verlangen einen Proxy</translation>
    </message>
    <message>
        <location filename="../core/transport/exchange.cpp" line="378"/>
        <source>the server closed the connection during the TLS handshake; it may not speak https (try http:// for this endpoint)</source>
        <translation>der Server hat die Verbindung während des TLS-Handshakes geschlossen; vielleicht spricht er kein https (versuchen Sie http:// für diesen Endpunkt)</translation>
    </message>
    <message>
        <location filename="../core/transport/exchange.cpp" line="406"/>
        <source>the answer is larger than %1 MiB, more than any API answer; it was not read</source>
        <translation>die Antwort ist größer als %1 MiB, mehr als jede API-Antwort; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <location filename="../core/transport/exchange.cpp" line="437"/>
        <source>the answer was cut short (%1 of %2 bytes)</source>
        <translation>die Antwort wurde abgeschnitten (%1 von %2 Bytes)</translation>
    </message>
    <message>
        <location filename="../core/transport/exchange.cpp" line="439"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>FileSliceDevice</name>
    <message>
        <location filename="../core/s3/fileslicedevice.cpp" line="17"/>
        <source>%1 is shorter than expected</source>
        <translation>%1 ist kürzer als erwartet</translation>
    </message>
    <message>
        <location filename="../core/s3/fileslicedevice.cpp" line="50"/>
        <source>%1 became shorter while it was read</source>
        <translation>%1 ist beim Lesen kürzer geworden</translation>
    </message>
    <message>
        <location filename="../core/s3/fileslicedevice.cpp" line="110"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../ui/settings/generalpage.cpp" line="17"/>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>Im &amp;Infobereich weiterlaufen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <location filename="../ui/settings/generalpage.cpp" line="21"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../ui/settings/generalpage.cpp" line="25"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/settings/generalpage.cpp" line="26"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/settings/generalpage.cpp" line="27"/>
        <source>A new language applies after Skylight is restarted.</source>
        <translation>Eine neue Sprache gilt nach einem Neustart von Skylight.</translation>
    </message>
    <message>
        <location filename="../ui/settings/generalpage.cpp" line="30"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/settings/generalpage.cpp" line="31"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/settings/generalpage.cpp" line="32"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/settings/generalpage.cpp" line="33"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../ui/settings/generalpage.cpp" line="34"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../ui/settings/generalpage.cpp" line="35"/>
        <source>Keep running in the tray</source>
        <translation>Im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <location filename="../ui/settings/generalpage.cpp" line="37"/>
        <source>Transfers and maintenance reminders go on while the window is closed; quit from the tray.</source>
        <translation>Übertragungen und Wartungserinnerungen laufen weiter, während das Fenster geschlossen ist; beenden Sie Skylight über den Infobereich.</translation>
    </message>
</context>
<context>
    <name>GetBucketLocationJob</name>
    <message>
        <location filename="../core/s3/getbucketlocationjob.cpp" line="29"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>GetObjectJob</name>
    <message>
        <location filename="../core/s3/getobjectjob.cpp" line="44"/>
        <source>the server ignored the byte range asked for</source>
        <translation>der Server hat den angeforderten Byte-Bereich ignoriert</translation>
    </message>
    <message>
        <location filename="../core/s3/getobjectjob.cpp" line="47"/>
        <source>the body was cut short: %1 of %2 bytes</source>
        <translation>der Inhalt wurde abgeschnitten: %1 von %2 Bytes</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <location filename="../core/transport/httptransport.cpp" line="41"/>
        <source>a presigned URL needs a signer</source>
        <translation>eine vorsignierte URL benötigt einen Signierer</translation>
    </message>
</context>
<context>
    <name>ICalendarWriter</name>
    <message>
        <location filename="../core/schedule/icalendarwriter.cpp" line="128"/>
        <source>Cloud: %1</source>
        <translation>Cloud: %1</translation>
    </message>
    <message>
        <location filename="../core/schedule/icalendarwriter.cpp" line="128"/>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <location filename="../core/schedule/icalendarwriter.cpp" line="129"/>
        <source>Instance: %1</source>
        <translation>Instanz: %1</translation>
    </message>
    <message>
        <location filename="../core/schedule/icalendarwriter.cpp" line="130"/>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <location filename="../core/schedule/icalendarwriter.cpp" line="132"/>
        <source>Can be rescheduled to start until %1</source>
        <translation>Start kann bis %1 verschoben werden</translation>
    </message>
    <message>
        <location filename="../core/schedule/icalendarwriter.cpp" line="135"/>
        <source>Event id: %1</source>
        <translation>Ereignis-ID: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="38"/>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="50"/>
        <source>Import clouds</source>
        <translation>Clouds importieren</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="54"/>
        <source>Import source</source>
        <translation>Importquelle</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="55"/>
        <source>AWS CLI (~/.aws/credentials and config)</source>
        <translation>AWS CLI (~/.aws/credentials und config)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="56"/>
        <source>boto (~/.boto, /etc/boto.cfg)</source>
        <translation>boto (~/.boto, /etc/boto.cfg)</translation>
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
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="63"/>
        <location filename="../ui/importdialog.cpp" line="112"/>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="64"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="65"/>
        <source>Choose the file to import</source>
        <translation>Zu importierende Datei auswählen</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="68"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="72"/>
        <source>AWS config file</source>
        <translation>AWS-Konfigurationsdatei</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="73"/>
        <source>&amp;Config file:</source>
        <translation>&amp;Konfigurationsdatei:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="78"/>
        <source>What will be imported:</source>
        <translation>Was importiert wird:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="81"/>
        <source>Import preview</source>
        <translation>Importvorschau</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="83"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="83"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="83"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="83"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="83"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="89"/>
        <source>Import messages</source>
        <translation>Importmeldungen</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="95"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="97"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="99"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="185"/>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="212"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="212"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="220"/>
        <source>Nothing to import in this file.</source>
        <translation>In dieser Datei gibt es nichts zu importieren.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="222"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="254"/>
        <source>Storing the keys in the keychain…</source>
        <translation>Schlüssel werden im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="270"/>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
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
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/clouds/importsupport.cpp" line="53"/>
        <source>%1: %2 = False is not applied: Skylight never turns certificate checks off. If the server&apos;s certificate is self-signed, Skylight shows it at the first connection and lets you trust it.</source>
        <translation>%1: %2 = False wird nicht übernommen: Skylight schaltet Zertifikatsprüfungen nie ab. Ist das Zertifikat des Servers selbstsigniert, zeigt Skylight es bei der ersten Verbindung an und lässt Sie ihm vertrauen.</translation>
    </message>
</context>
<context>
    <name>IncompleteUploadsDialog</name>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="25"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="26"/>
        <source>Abort selected</source>
        <translation>Auswahl abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="27"/>
        <source>Abort all…</source>
        <translation>Alle abbrechen …</translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="29"/>
        <source>Incomplete uploads in %1</source>
        <translation>Unvollständige Uploads in %1</translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="32"/>
        <source>Multipart uploads that were started and never completed or aborted. Their parts are stored, and billed, until they are aborted.</source>
        <translation>Mehrteilige Uploads, die begonnen, aber nie abgeschlossen oder abgebrochen wurden. Ihre Teile bleiben gespeichert und werden berechnet, bis sie abgebrochen werden.</translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="37"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="37"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="37"/>
        <source>Upload id</source>
        <translation>Upload-ID</translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="41"/>
        <source>Incomplete uploads</source>
        <translation>Unvollständige Uploads</translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="47"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="89"/>
        <source>Asking the cloud…</source>
        <translation>Cloud wird abgefragt …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/incompleteuploadsdialog.cpp" line="143"/>
        <source>The listing sent markers it had sent before; stopped after %n upload(s).</source>
        <translation>
            <numerusform>Die Auflistung hat bereits gesendete Markierungen erneut gesendet; nach %Ln Upload angehalten.</numerusform>
            <numerusform>Die Auflistung hat bereits gesendete Markierungen erneut gesendet; nach %Ln Uploads angehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/incompleteuploadsdialog.cpp" line="151"/>
        <source>%n upload(s) so far…</source>
        <translation>
            <numerusform>Bisher %Ln Upload …</numerusform>
            <numerusform>Bisher %Ln Uploads …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="155"/>
        <source>No incomplete uploads.</source>
        <translation>Keine unvollständigen Uploads.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/incompleteuploadsdialog.cpp" line="156"/>
        <source>%n incomplete upload(s).</source>
        <translation>
            <numerusform>%Ln unvollständiger Upload.</numerusform>
            <numerusform>%Ln unvollständige Uploads.</numerusform>
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
        <translation>Uploads abbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/incompleteuploadsdialog.cpp" line="177"/>
        <source>Abort all %n incomplete upload(s) in %1? Their stored parts are deleted.</source>
        <translation>
            <numerusform>Den %Ln unvollständigen Upload in %1 abbrechen? Seine gespeicherten Teile werden gelöscht.</numerusform>
            <numerusform>Alle %Ln unvollständigen Uploads in %1 abbrechen? Ihre gespeicherten Teile werden gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/incompleteuploadsdialog.cpp" line="202"/>
        <source>%n aborted.</source>
        <translation>
            <numerusform>%Ln abgebrochen.</numerusform>
            <numerusform>%Ln abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="203"/>
        <source>%1 aborted, %2 failed: %3</source>
        <translation>%1 abgebrochen, %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../ui/incompleteuploadsdialog.cpp" line="212"/>
        <source>Aborting %1…</source>
        <translation>%1 wird abgebrochen …</translation>
    </message>
</context>
<context>
    <name>IniFile</name>
    <message>
        <location filename="../core/clouds/inifile.cpp" line="83"/>
        <source>the line holds a NUL byte: this is not a text file</source>
        <translation>die Zeile enthält ein NUL-Byte: Dies ist keine Textdatei</translation>
    </message>
    <message>
        <location filename="../core/clouds/inifile.cpp" line="114"/>
        <source>a section header must end with &apos;]&apos;</source>
        <translation>eine Abschnittsüberschrift muss mit „]“ enden</translation>
    </message>
    <message>
        <location filename="../core/clouds/inifile.cpp" line="123"/>
        <source>the section [%1] appears twice</source>
        <translation>der Abschnitt [%1] kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../core/clouds/inifile.cpp" line="135"/>
        <location filename="../core/clouds/inifile.cpp" line="144"/>
        <source>expected &apos;[section]&apos; or &apos;name = value&apos;</source>
        <translation>„[abschnitt]“ oder „name = wert“ erwartet</translation>
    </message>
    <message>
        <location filename="../core/clouds/inifile.cpp" line="137"/>
        <source>&apos;name = value&apos; before the first [section]</source>
        <translation>„name = wert“ vor dem ersten [abschnitt]</translation>
    </message>
    <message>
        <location filename="../core/clouds/inifile.cpp" line="147"/>
        <source>&apos;%1&apos; is set twice in [%2]</source>
        <translation>„%1“ ist in [%2] zweimal gesetzt</translation>
    </message>
</context>
<context>
    <name>InstanceActionJob</name>
    <message>
        <location filename="../core/ec2/instanceactionjob.cpp" line="39"/>
        <source>no instance id given</source>
        <translation>keine Instanz-ID angegeben</translation>
    </message>
    <message>
        <location filename="../core/ec2/instanceactionjob.cpp" line="55"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>InstanceActionRunner</name>
    <message>
        <location filename="../ui/instanceactionrunner.cpp" line="20"/>
        <source>%1: start accepted</source>
        <translation>%1: Starten angenommen</translation>
    </message>
    <message>
        <location filename="../ui/instanceactionrunner.cpp" line="22"/>
        <source>%1: stop accepted</source>
        <translation>%1: Anhalten angenommen</translation>
    </message>
    <message>
        <location filename="../ui/instanceactionrunner.cpp" line="24"/>
        <source>%1: reboot accepted</source>
        <translation>%1: Neustart angenommen</translation>
    </message>
    <message>
        <location filename="../ui/instanceactionrunner.cpp" line="26"/>
        <source>%1: terminate accepted</source>
        <translation>%1: Beenden angenommen</translation>
    </message>
    <message>
        <location filename="../ui/instanceactionrunner.cpp" line="43"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/instanceactionrunner.cpp" line="45"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/instanceactionrunner.cpp" line="47"/>
        <source>Reboot</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <location filename="../ui/instanceactionrunner.cpp" line="49"/>
        <source>Terminate</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/instanceactionrunner.cpp" line="59"/>
        <source>%1 speaks EC2 API version %2, which has no %3 (it came with %4).</source>
        <translation>%1 spricht die EC2-API-Version %2, die kein %3 kennt (es kam mit %4).</translation>
    </message>
    <message>
        <location filename="../ui/instanceactionrunner.cpp" line="72"/>
        <source>The keys of %1 have not been read yet: refresh first.</source>
        <translation>Die Zugangsschlüssel für %1 wurden noch nicht gelesen: Aktualisieren Sie zuerst.</translation>
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
        <translation>%1 (Erreichbarkeit %2), beeinträchtigt seit %3</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="59"/>
        <source>%1, impaired since %2</source>
        <translation>%1, beeinträchtigt seit %2</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="61"/>
        <source>%1 (reachability %2)</source>
        <translation>%1 (Erreichbarkeit %2)</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="67"/>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="67"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="67"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="68"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="68"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="69"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="70"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="70"/>
        <source>Root device</source>
        <translation>Root-Gerät</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="71"/>
        <source>Key pair</source>
        <translation>Schlüsselpaar</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="71"/>
        <source>Launched</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="72"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="73"/>
        <source>Public IP</source>
        <translation>Öffentliche IP</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="73"/>
        <source>Public DNS</source>
        <translation>Öffentlicher DNS</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="74"/>
        <source>Private IP</source>
        <translation>Private IP</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="74"/>
        <source>Private DNS</source>
        <translation>Privater DNS</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="76"/>
        <source>VPC / subnet</source>
        <translation>VPC / Subnetz</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="77"/>
        <source>Status checks</source>
        <translation>Statusprüfungen</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="78"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="78"/>
        <location filename="../ui/instancedetailspane.cpp" line="79"/>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="79"/>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="80"/>
        <source>Tags (%1)</source>
        <translation>Tags (%1)</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="83"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="85"/>
        <source>None scheduled</source>
        <translation>Keine geplant</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="88"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="92"/>
        <source>%1, %2: %3 (can move until %4)</source>
        <translation>%1, %2: %3 (verschiebbar bis %4)</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="94"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="114"/>
        <source>Instance details</source>
        <translation>Instanzdetails</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="121"/>
        <source>Terminate…</source>
        <translation>Beenden …</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="126"/>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="127"/>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="132"/>
        <location filename="../ui/instancedetailspane.cpp" line="136"/>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="140"/>
        <source>Action result</source>
        <translation>Ergebnis der Aktion</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="176"/>
        <source>No instance chosen</source>
        <translation>Keine Instanz ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="178"/>
        <source>Choose an instance in the table.</source>
        <translation>Wählen Sie eine Instanz in der Tabelle.</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="182"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="207"/>
        <source>Choose an instance first.</source>
        <translation>Wählen Sie zuerst eine Instanz.</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="211"/>
        <source>Only a stopped instance can start.</source>
        <translation>Nur eine angehaltene Instanz kann starten.</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="214"/>
        <source>Only a running instance can stop.</source>
        <translation>Nur eine laufende Instanz kann angehalten werden.</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="216"/>
        <source>Only a running instance can reboot.</source>
        <translation>Nur eine laufende Instanz kann neu gestartet werden.</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="219"/>
        <source>The instance is already terminated.</source>
        <translation>Die Instanz ist bereits beendet.</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="232"/>
        <location filename="../ui/instancedetailspane.cpp" line="248"/>
        <source>%1 %2…</source>
        <translation>%1 %2 …</translation>
    </message>
    <message>
        <location filename="../ui/instancedetailspane.cpp" line="260"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>InstancesModel</name>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="52"/>
        <source>pending</source>
        <comment>instance state</comment>
        <translation>startet</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="54"/>
        <source>running</source>
        <comment>instance state</comment>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="56"/>
        <source>shutting down</source>
        <comment>instance state</comment>
        <translation>wird heruntergefahren</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="58"/>
        <source>terminated</source>
        <comment>instance state</comment>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="60"/>
        <source>stopping</source>
        <comment>instance state</comment>
        <translation>wird angehalten</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="62"/>
        <source>stopped</source>
        <comment>instance state</comment>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="71"/>
        <source>ok</source>
        <comment>status check</comment>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="73"/>
        <source>impaired</source>
        <comment>status check</comment>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="75"/>
        <source>initializing</source>
        <comment>status check</comment>
        <translation>wird initialisiert</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="77"/>
        <source>insufficient data</source>
        <comment>status check</comment>
        <translation>unzureichende Daten</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="211"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="262"/>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="264"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="266"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="268"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="270"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="272"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="274"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="276"/>
        <source>Public address</source>
        <translation>Öffentliche Adresse</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="278"/>
        <source>Private address</source>
        <translation>Private Adresse</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="280"/>
        <source>Launched</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="282"/>
        <source>System check</source>
        <translation>Systemprüfung</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="284"/>
        <source>Instance check</source>
        <translation>Instanzprüfung</translation>
    </message>
    <message>
        <location filename="../ui/instancesmodel.cpp" line="286"/>
        <source>Next event</source>
        <translation>Nächstes Ereignis</translation>
    </message>
</context>
<context>
    <name>InstancesView</name>
    <message>
        <location filename="../ui/instancesview.cpp" line="80"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../ui/instancesview.cpp" line="81"/>
        <source>Filter by any column…</source>
        <translation>Nach beliebiger Spalte filtern …</translation>
    </message>
    <message>
        <location filename="../ui/instancesview.cpp" line="84"/>
        <source>Filter the rows (%1)</source>
        <translation>Zeilen filtern (%1)</translation>
    </message>
    <message>
        <location filename="../ui/instancesview.cpp" line="91"/>
        <location filename="../ui/instancesview.cpp" line="92"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/instancesview.cpp" line="93"/>
        <source>Load again from every cloud (F5)</source>
        <translation>Von jeder Cloud neu laden (F5)</translation>
    </message>
    <message>
        <location filename="../ui/instancesview.cpp" line="98"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
</context>
<context>
    <name>KeptXml</name>
    <message>
        <location filename="../core/website/keptxml.cpp" line="33"/>
        <source>the document declares a DTD, which Skylight never reads</source>
        <translation>das Dokument deklariert eine DTD, die Skylight nie liest</translation>
    </message>
    <message>
        <location filename="../core/website/keptxml.cpp" line="37"/>
        <source>the document is not well-formed XML (%1 at line %2)</source>
        <translation>das Dokument ist kein wohlgeformtes XML (%1 in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../core/website/keptxml.cpp" line="44"/>
        <source>the document nests deeper than %1 levels</source>
        <translation>das Dokument ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location filename="../core/website/keptxml.cpp" line="73"/>
        <source>the document is empty</source>
        <translation>das Dokument ist leer</translation>
    </message>
    <message>
        <location filename="../core/website/keptxml.cpp" line="86"/>
        <location filename="../core/website/keptxml.cpp" line="118"/>
        <source>the document ends inside an element</source>
        <translation>das Dokument endet innerhalb eines Elements</translation>
    </message>
    <message>
        <location filename="../core/website/keptxml.cpp" line="128"/>
        <source>the document goes on after its root element</source>
        <translation>das Dokument geht nach seinem Wurzelelement weiter</translation>
    </message>
</context>
<context>
    <name>KeyDisplay</name>
    <message>
        <location filename="../ui/keydisplay.cpp" line="51"/>
        <source>(empty name)</source>
        <translation>(leerer Name)</translation>
    </message>
</context>
<context>
    <name>LayoutMemory</name>
    <message>
        <location filename="../ui/layoutmemory.cpp" line="54"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../ui/layoutmemory.cpp" line="63"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
</context>
<context>
    <name>ListBucketsJob</name>
    <message>
        <location filename="../core/s3/listbucketsjob.cpp" line="26"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>ListObjectsJob</name>
    <message>
        <location filename="../core/s3/listobjectsjob.cpp" line="47"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>ListingGuard</name>
    <message>
        <location filename="../core/s3/listingguard.cpp" line="24"/>
        <source>the listing sent a continuation token it had sent before; stopped to avoid a loop</source>
        <translation>die Auflistung hat ein Fortsetzungstoken erneut gesendet; angehalten, um eine Endlosschleife zu vermeiden</translation>
    </message>
</context>
<context>
    <name>LocalPath</name>
    <message>
        <location filename="../core/transfer/localpath.cpp" line="58"/>
        <source>no folder was chosen</source>
        <translation>es wurde kein Ordner ausgewählt</translation>
    </message>
    <message>
        <location filename="../core/transfer/localpath.cpp" line="62"/>
        <source>&quot;%1&quot; is a folder marker</source>
        <translation>„%1“ ist eine Ordnermarkierung</translation>
    </message>
    <message>
        <location filename="../core/transfer/localpath.cpp" line="70"/>
        <source>a part of &quot;%1&quot; is longer than a file name may be</source>
        <translation>ein Teil von „%1“ ist länger, als ein Dateiname sein darf</translation>
    </message>
    <message>
        <location filename="../core/transfer/localpath.cpp" line="76"/>
        <source>&quot;%1&quot; leaves no file name</source>
        <translation>„%1“ ergibt keinen Dateinamen</translation>
    </message>
    <message>
        <location filename="../core/transfer/localpath.cpp" line="83"/>
        <source>&quot;%1&quot; would leave the folder</source>
        <translation>„%1“ würde den Ordner verlassen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="65"/>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="77"/>
        <source>Skylight</source>
        <translation>Skylight</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="84"/>
        <source>Clouds</source>
        <translation>Clouds</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89"/>
        <source>Choose a cloud, a region and a view in the clouds panel.</source>
        <translation>Wählen Sie im Cloud-Bereich eine Cloud, eine Region und eine Ansicht.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <location filename="../ui/mainwindow.cpp" line="444"/>
        <source>Sandbox: %1</source>
        <translation>Sandbox: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="164"/>
        <source>Maintenance events</source>
        <translation>Wartungsereignisse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>Shows only the instances matching the text</source>
        <translation>Zeigt nur die Instanzen, die zum Text passen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>Shows only the events matching the text</source>
        <translation>Zeigt nur die Ereignisse, die zum Text passen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>&amp;Add cloud…</source>
        <translation>Cloud &amp;hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>Try the local &amp;sandbox</source>
        <translation>Lokale &amp;Sandbox ausprobieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>&amp;Cloud</source>
        <translation>&amp;Cloud</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>Go to &amp;location…</source>
        <translation>Gehe zu &amp;Ort …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="251"/>
        <source>Maintenance &amp;schedule</source>
        <translation>Wartungs&amp;plan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>&amp;Transfers</source>
        <translation>Über&amp;tragungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="271"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="288"/>
        <source>%n cloud(s)</source>
        <translation>
            <numerusform>%Ln Cloud</numerusform>
            <numerusform>%Ln Clouds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="487"/>
        <source>Skylight is still running</source>
        <translation>Skylight läuft weiter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="488"/>
        <source>Transfers and reminders go on. Quit from the tray icon&apos;s menu.</source>
        <translation>Übertragungen und Erinnerungen laufen weiter. Beenden Sie Skylight über das Menü des Symbols im Infobereich.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="508"/>
        <source>Transfers running</source>
        <translation>Übertragungen laufen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="509"/>
        <source>Uploads or downloads are still running. Quit anyway? Unfinished transfers resume the next time Skylight starts.</source>
        <translation>Es laufen noch Uploads oder Downloads. Trotzdem beenden? Nicht abgeschlossene Übertragungen werden beim nächsten Start von Skylight fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="551"/>
        <source>Nothing to refresh here</source>
        <translation>Hier gibt es nichts zu aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="564"/>
        <source>This page has no filter</source>
        <translation>Diese Seite hat keinen Filter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="265"/>
        <source>&amp;About Skylight</source>
        <translation>Über &amp;Skylight</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>No cloud configured yet</source>
        <translation>Noch keine Cloud eingerichtet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="373"/>
        <source>Remove cloud</source>
        <translation>Cloud entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="374"/>
        <source>Remove %1 and its keys from this computer? The cloud itself is not changed.</source>
        <translation>%1 und ihre Schlüssel von diesem Computer entfernen? Die Cloud selbst wird nicht verändert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="397"/>
        <source>Starting the local sandbox…</source>
        <translation>Lokale Sandbox wird gestartet …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="424"/>
        <source>Sandbox: the keys were not stored: %1</source>
        <translation>Sandbox: Die Schlüssel wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="432"/>
        <source>Sandbox running at %1; testing the connection…</source>
        <translation>Sandbox läuft unter %1; Verbindung wird getestet …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="471"/>
        <source>Sandbox running at %1</source>
        <translation>Sandbox läuft unter %1</translation>
    </message>
</context>
<context>
    <name>MaintenanceEvent</name>
    <message>
        <location filename="../core/schedule/maintenanceevent.cpp" line="55"/>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location filename="../core/schedule/maintenanceevent.cpp" line="57"/>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../core/schedule/maintenanceevent.cpp" line="59"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/schedule/maintenanceevent.cpp" line="61"/>
        <source>canceled</source>
        <translation>abgesagt</translation>
    </message>
</context>
<context>
    <name>MaintenanceEventsModel</name>
    <message>
        <location filename="../ui/maintenanceeventsmodel.cpp" line="41"/>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location filename="../ui/maintenanceeventsmodel.cpp" line="43"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/maintenanceeventsmodel.cpp" line="45"/>
        <source>canceled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <location filename="../ui/maintenanceeventsmodel.cpp" line="203"/>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <location filename="../ui/maintenanceeventsmodel.cpp" line="205"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../ui/maintenanceeventsmodel.cpp" line="207"/>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <location filename="../ui/maintenanceeventsmodel.cpp" line="209"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/maintenanceeventsmodel.cpp" line="211"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/maintenanceeventsmodel.cpp" line="213"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/maintenanceeventsmodel.cpp" line="215"/>
        <source>Window start</source>
        <translation>Beginn des Zeitfensters</translation>
    </message>
    <message>
        <location filename="../ui/maintenanceeventsmodel.cpp" line="217"/>
        <source>Window end</source>
        <translation>Ende des Zeitfensters</translation>
    </message>
    <message>
        <location filename="../ui/maintenanceeventsmodel.cpp" line="219"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../ui/maintenanceeventsmodel.cpp" line="221"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>MakePrivateJob</name>
    <message>
        <location filename="../core/website/makeprivatejob.cpp" line="51"/>
        <source>Deleted the bucket policy (it held only Skylight&apos;s statement).</source>
        <translation>Die Bucket-Richtlinie wurde gelöscht (sie enthielt nur die Anweisung von Skylight).</translation>
    </message>
    <message>
        <location filename="../core/website/makeprivatejob.cpp" line="52"/>
        <source>Removed Skylight&apos;s statement from the bucket policy; the other statements stay.</source>
        <translation>Die Anweisung von Skylight wurde aus der Bucket-Richtlinie entfernt; die übrigen Anweisungen bleiben.</translation>
    </message>
    <message>
        <location filename="../core/website/makeprivatejob.cpp" line="71"/>
        <source>Put the bucket&apos;s Block Public Access settings back as they were.</source>
        <translation>Die Block-Public-Access-Einstellungen des Buckets wurden wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../core/website/makeprivatejob.cpp" line="87"/>
        <source>Made the bucket itself private again.</source>
        <translation>Der Bucket selbst ist wieder privat.</translation>
    </message>
    <message>
        <location filename="../core/website/makeprivatejob.cpp" line="99"/>
        <source>Made %1 private again.</source>
        <translation>%1 ist wieder privat.</translation>
    </message>
</context>
<context>
    <name>MakePublicDialog</name>
    <message>
        <location filename="../ui/website/makepublicdialog.cpp" line="30"/>
        <source>Reading the bucket&apos;s policy and Block Public Access settings…</source>
        <translation>Richtlinie und Block-Public-Access-Einstellungen des Buckets werden gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/website/makepublicdialog.cpp" line="33"/>
        <source>Let Skylight change these Block Public Access settings</source>
        <translation>Skylight darf diese Block-Public-Access-Einstellungen ändern</translation>
    </message>
    <message>
        <location filename="../ui/website/makepublicdialog.cpp" line="35"/>
        <source>Also let everyone list the keys (missing pages answer 404, not 403)</source>
        <translation>Auch jedem erlauben, die Schlüssel aufzulisten (fehlende Seiten antworten 404 statt 403)</translation>
    </message>
    <message>
        <location filename="../ui/website/makepublicdialog.cpp" line="38"/>
        <source>Make %1 public</source>
        <translation>%1 öffentlich machen</translation>
    </message>
    <message>
        <location filename="../ui/website/makepublicdialog.cpp" line="45"/>
        <source>The bucket policy to apply appears here.</source>
        <translation>Die anzuwendende Bucket-Richtlinie erscheint hier.</translation>
    </message>
    <message>
        <location filename="../ui/website/makepublicdialog.cpp" line="47"/>
        <source>Make public</source>
        <translation>Öffentlich machen</translation>
    </message>
    <message>
        <location filename="../ui/website/makepublicdialog.cpp" line="55"/>
        <source>Everyone on the Internet will be able to read every object of &lt;b&gt;%1&lt;/b&gt;. Skylight will:</source>
        <translation>Jeder im Internet wird jedes Objekt von &lt;b&gt;%1&lt;/b&gt; lesen können. Skylight wird:</translation>
    </message>
    <message>
        <location filename="../ui/website/makepublicdialog.cpp" line="63"/>
        <source>Bucket policy:</source>
        <translation>Bucket-Richtlinie:</translation>
    </message>
    <message>
        <location filename="../ui/website/makepublicdialog.cpp" line="101"/>
        <source>&lt;b&gt;Block Public Access stops this.&lt;/b&gt; What must change:</source>
        <translation>&lt;b&gt;Block Public Access verhindert das.&lt;/b&gt; Was sich ändern muss:</translation>
    </message>
    <message>
        <location filename="../ui/website/makepublicdialog.cpp" line="104"/>
        <source>This cloud has no bucket policies: every object gets the public-read ACL instead.</source>
        <translation>Diese Cloud kennt keine Bucket-Richtlinien: Stattdessen erhält jedes Objekt die ACL public-read.</translation>
    </message>
    <message>
        <location filename="../ui/website/makepublicdialog.cpp" line="114"/>
        <source>Could not record what was changed: %1</source>
        <translation>Die Änderungen konnten nicht aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/website/makepublicdialog.cpp" line="122"/>
        <source>s3://%1 is public.</source>
        <translation>s3://%1 ist öffentlich.</translation>
    </message>
</context>
<context>
    <name>MakePublicJob</name>
    <message>
        <location filename="../core/website/makepublicjob.cpp" line="46"/>
        <source>The bucket&apos;s Block Public Access settings could not be read.</source>
        <translation>Die Block-Public-Access-Einstellungen des Buckets konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/website/makepublicjob.cpp" line="80"/>
        <source>Block Public Access stops this bucket from being made public. %1</source>
        <translation>Block Public Access verhindert, dass dieser Bucket öffentlich gemacht wird. %1</translation>
    </message>
</context>
<context>
    <name>MakePublicPlan</name>
    <message>
        <location filename="../core/website/makepublicplan.cpp" line="45"/>
        <source>Change the bucket&apos;s Block Public Access settings: %1 (the other settings stay as they are).</source>
        <translation>Die Block-Public-Access-Einstellungen des Buckets ändern: %1 (die übrigen Einstellungen bleiben unverändert).</translation>
    </message>
    <message>
        <location filename="../core/website/makepublicplan.cpp" line="54"/>
        <source>Skylight may not read this bucket&apos;s Block Public Access settings; if they block public access, S3 will refuse or ignore what follows.</source>
        <translation>Skylight darf die Block-Public-Access-Einstellungen dieses Buckets nicht lesen; blockieren sie den öffentlichen Zugriff, lehnt S3 das Folgende ab oder ignoriert es.</translation>
    </message>
    <message>
        <location filename="../core/website/makepublicplan.cpp" line="64"/>
        <source>The bucket policy already lets everyone read the objects: nothing to add.</source>
        <translation>Die Bucket-Richtlinie erlaubt bereits jedem, die Objekte zu lesen: Es gibt nichts hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../core/website/makepublicplan.cpp" line="66"/>
        <source>Apply a bucket policy letting everyone read the objects (s3:GetObject on arn:aws:s3:::%1/*).</source>
        <translation>Eine Bucket-Richtlinie anwenden, die jedem das Lesen der Objekte erlaubt (s3:GetObject auf arn:aws:s3:::%1/*).</translation>
    </message>
    <message>
        <location filename="../core/website/makepublicplan.cpp" line="70"/>
        <source>Add a statement letting everyone read the objects (s3:GetObject on arn:aws:s3:::%1/*) to the bucket policy; its other statements stay.</source>
        <translation>Der Bucket-Richtlinie eine Anweisung hinzufügen, die jedem das Lesen der Objekte erlaubt (s3:GetObject auf arn:aws:s3:::%1/*); ihre übrigen Anweisungen bleiben.</translation>
    </message>
    <message>
        <location filename="../core/website/makepublicplan.cpp" line="74"/>
        <source>Let everyone list the bucket&apos;s keys (s3:ListBucket on arn:aws:s3:::%1), so that a missing page answers 404 with the error document.</source>
        <translation>Jedem erlauben, die Schlüssel des Buckets aufzulisten (s3:ListBucket auf arn:aws:s3:::%1), damit eine fehlende Seite mit dem Fehlerdokument 404 antwortet.</translation>
    </message>
    <message>
        <location filename="../core/website/makepublicplan.cpp" line="78"/>
        <source>Missing pages will answer 403 (with the error document): S3 answers 404 only when everyone may list the bucket.</source>
        <translation>Fehlende Seiten antworten mit 403 (und dem Fehlerdokument): S3 antwortet nur dann mit 404, wenn jeder den Bucket auflisten darf.</translation>
    </message>
    <message>
        <location filename="../core/website/makepublicplan.cpp" line="81"/>
        <source>Note: an account-wide Block Public Access setting, if on, still blocks the policy; Skylight can only see the bucket&apos;s own settings.</source>
        <translation>Hinweis: Eine kontoweite Block-Public-Access-Einstellung blockiert die Richtlinie trotzdem, falls sie aktiv ist; Skylight sieht nur die eigenen Einstellungen des Buckets.</translation>
    </message>
    <message>
        <location filename="../core/website/makepublicplan.cpp" line="84"/>
        <source>This cloud has no bucket policies: give every object in the bucket the canned ACL public-read (objects added later need it too).</source>
        <translation>Diese Cloud kennt keine Bucket-Richtlinien: Jedes Objekt im Bucket erhält die vordefinierte ACL public-read (später hinzugefügte Objekte benötigen sie ebenfalls).</translation>
    </message>
    <message>
        <location filename="../core/website/makepublicplan.cpp" line="87"/>
        <source>Give the bucket itself the canned ACL public-read, so that everyone may list its keys and a missing page answers 404.</source>
        <translation>Dem Bucket selbst die vordefinierte ACL public-read geben, damit jeder seine Schlüssel auflisten darf und eine fehlende Seite mit 404 antwortet.</translation>
    </message>
</context>
<context>
    <name>ModifyInstanceEventStartTimeJob</name>
    <message>
        <location filename="../core/ec2/modifyinstanceeventstarttimejob.cpp" line="27"/>
        <source>ModifyInstanceEventStartTime is not offered by EC2 API version %1 (it needs %2 or later): events cannot be rescheduled on this cloud</source>
        <translation>ModifyInstanceEventStartTime wird von der EC2-API-Version %1 nicht angeboten (es benötigt %2 oder neuer): Ereignisse können in dieser Cloud nicht verschoben werden</translation>
    </message>
    <message>
        <location filename="../core/ec2/modifyinstanceeventstarttimejob.cpp" line="31"/>
        <source>no instance id given</source>
        <translation>keine Instanz-ID angegeben</translation>
    </message>
    <message>
        <location filename="../core/ec2/modifyinstanceeventstarttimejob.cpp" line="33"/>
        <source>no event id given</source>
        <translation>keine Ereignis-ID angegeben</translation>
    </message>
    <message>
        <location filename="../core/ec2/modifyinstanceeventstarttimejob.cpp" line="35"/>
        <source>no valid new start time given</source>
        <translation>keine gültige neue Startzeit angegeben</translation>
    </message>
    <message>
        <location filename="../core/ec2/modifyinstanceeventstarttimejob.cpp" line="57"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <location filename="../ui/settings/networkpage.cpp" line="17"/>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Die Proxy-Einstellungen des &amp;Systems verwenden</translation>
    </message>
    <message>
        <location filename="../ui/settings/networkpage.cpp" line="18"/>
        <source>&amp;No proxy</source>
        <translation>&amp;Kein Proxy</translation>
    </message>
    <message>
        <location filename="../ui/settings/networkpage.cpp" line="19"/>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>&amp;Manueller HTTP-Proxy:</translation>
    </message>
    <message>
        <location filename="../ui/settings/networkpage.cpp" line="24"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../ui/settings/networkpage.cpp" line="32"/>
        <source>System proxy</source>
        <translation>System-Proxy</translation>
    </message>
    <message>
        <location filename="../ui/settings/networkpage.cpp" line="33"/>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <location filename="../ui/settings/networkpage.cpp" line="34"/>
        <source>Manual proxy</source>
        <translation>Manueller Proxy</translation>
    </message>
    <message>
        <location filename="../ui/settings/networkpage.cpp" line="37"/>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <location filename="../ui/settings/networkpage.cpp" line="38"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location filename="../ui/settings/networkpage.cpp" line="39"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/settings/networkpage.cpp" line="41"/>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <location filename="../ui/settings/networkpage.cpp" line="42"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/settings/networkpage.cpp" line="45"/>
        <source>Applies to every cloud, from the next request on.</source>
        <translation>Gilt für jede Cloud, ab der nächsten Anfrage.</translation>
    </message>
</context>
<context>
    <name>ObjectDeleter</name>
    <message>
        <location filename="../ui/objectdeleter.cpp" line="23"/>
        <source>Counting what would be deleted…</source>
        <translation>Zu löschende Objekte werden gezählt …</translation>
    </message>
    <message>
        <location filename="../ui/objectdeleter.cpp" line="45"/>
        <source>Nothing was deleted: %1</source>
        <translation>Es wurde nichts gelöscht: %1</translation>
    </message>
    <message>
        <location filename="../ui/objectdeleter.cpp" line="47"/>
        <source>There is nothing to delete.</source>
        <translation>Es gibt nichts zu löschen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/objectdeleter.cpp" line="51"/>
        <source>Delete %n object(s) (%1) from %2?</source>
        <translation>
            <numerusform>%Ln Objekt (%1) aus %2 löschen?</numerusform>
            <numerusform>%Ln Objekte (%1) aus %2 löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/objectdeleter.cpp" line="52"/>
        <source>Delete %n object(s) (%1) from %2, including everything in %3 folder(s)?</source>
        <translation>
            <numerusform>%Ln Objekt (%1) aus %2 löschen, einschließlich des gesamten Inhalts von %3 Ordner(n)?</numerusform>
            <numerusform>%Ln Objekte (%1) aus %2 löschen, einschließlich des gesamten Inhalts von %3 Ordner(n)?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/objectdeleter.cpp" line="56"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/objectdeleter.cpp" line="57"/>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/objectdeleter.cpp" line="64"/>
        <source>Deleting %n object(s)…</source>
        <translation>
            <numerusform>%Ln Objekt wird gelöscht …</numerusform>
            <numerusform>%Ln Objekte werden gelöscht …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/objectdeleter.cpp" line="71"/>
        <source>%n could not be deleted, the first: %1</source>
        <translation>
            <numerusform>%Ln konnte nicht gelöscht werden: %1</numerusform>
            <numerusform>%Ln konnten nicht gelöscht werden, der erste: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/objectdeleter.cpp" line="74"/>
        <source>%n object(s) deleted</source>
        <translation>
            <numerusform>%Ln Objekt gelöscht</numerusform>
            <numerusform>%Ln Objekte gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/objectdeleter.cpp" line="75"/>
        <source>%n object(s) deleted; %1</source>
        <translation>
            <numerusform>%Ln Objekt gelöscht; %1</numerusform>
            <numerusform>%Ln Objekte gelöscht; %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectDragPayload</name>
    <message>
        <location filename="../ui/dnd/objectdragpayload.cpp" line="69"/>
        <source>Open a bucket first: objects are copied into the bucket or folder they are dropped on.</source>
        <translation>Öffnen Sie zuerst einen Bucket: Objekte werden in den Bucket oder Ordner kopiert, auf dem sie abgelegt werden.</translation>
    </message>
    <message>
        <location filename="../ui/dnd/objectdragpayload.cpp" line="75"/>
        <source>%1 cannot be copied or moved onto itself.</source>
        <translation>%1 kann nicht auf sich selbst kopiert oder verschoben werden.</translation>
    </message>
    <message>
        <location filename="../ui/dnd/objectdragpayload.cpp" line="77"/>
        <source>%1 cannot be copied or moved into its own sub-folder %2.</source>
        <translation>%1 kann nicht in seinen eigenen Unterordner %2 kopiert oder verschoben werden.</translation>
    </message>
    <message>
        <location filename="../ui/dnd/objectdragpayload.cpp" line="81"/>
        <source>They are already in %1.</source>
        <translation>Sie befinden sich bereits in %1.</translation>
    </message>
</context>
<context>
    <name>ObjectDropHandler</name>
    <message>
        <location filename="../ui/dnd/objectdrophandler.cpp" line="23"/>
        <source>Only files, folders and Skylight objects can be dropped here.</source>
        <translation>Hier können nur Dateien, Ordner und Skylight-Objekte abgelegt werden.</translation>
    </message>
    <message>
        <location filename="../ui/dnd/objectdrophandler.cpp" line="25"/>
        <source>Connect to a cloud first.</source>
        <translation>Verbinden Sie sich zuerst mit einer Cloud.</translation>
    </message>
    <message>
        <location filename="../ui/dnd/objectdrophandler.cpp" line="29"/>
        <source>The objects come from a cloud that is no longer connected, or from another Skylight process; download them and upload the files instead.</source>
        <translation>Die Objekte stammen aus einer Cloud, die nicht mehr verbunden ist, oder aus einem anderen Skylight-Prozess; laden Sie sie herunter und laden Sie die Dateien stattdessen hoch.</translation>
    </message>
    <message>
        <location filename="../ui/dnd/objectdrophandler.cpp" line="34"/>
        <source>%1 A move would delete the originals there; drop without Shift to copy them instead.</source>
        <translation>%1 Ein Verschieben würde die Originale dort löschen; lassen Sie ohne Umschalttaste los, um sie stattdessen zu kopieren.</translation>
    </message>
    <message>
        <location filename="../ui/dnd/objectdrophandler.cpp" line="39"/>
        <source>Open a bucket first: objects are copied into the bucket or folder they are dropped on.</source>
        <translation>Öffnen Sie zuerst einen Bucket: Objekte werden in den Bucket oder Ordner kopiert, auf dem sie abgelegt werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="49"/>
        <source>Drop to move %n item(s) into %1</source>
        <translation>
            <numerusform>Ablegen, um %Ln Eintrag nach %1 zu verschieben</numerusform>
            <numerusform>Ablegen, um %Ln Einträge nach %1 zu verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="50"/>
        <source>Drop to copy %n item(s) into %1 (hold Shift to move)</source>
        <translation>
            <numerusform>Ablegen, um %Ln Eintrag nach %1 zu kopieren (Umschalttaste zum Verschieben)</numerusform>
            <numerusform>Ablegen, um %Ln Einträge nach %1 zu kopieren (Umschalttaste zum Verschieben)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="82"/>
        <source>Moving %n item(s) to %1…</source>
        <translation>
            <numerusform>%Ln Eintrag wird nach %1 verschoben …</numerusform>
            <numerusform>%Ln Einträge werden nach %1 verschoben …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="83"/>
        <source>Copying %n item(s) to %1…</source>
        <translation>
            <numerusform>%Ln Eintrag wird nach %1 kopiert …</numerusform>
            <numerusform>%Ln Einträge werden nach %1 kopiert …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="98"/>
        <source>Moving %n item(s) to %1 through this computer…</source>
        <translation>
            <numerusform>%Ln Eintrag wird über diesen Computer nach %1 verschoben …</numerusform>
            <numerusform>%Ln Einträge werden über diesen Computer nach %1 verschoben …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="99"/>
        <source>Copying %n item(s) to %1 through this computer…</source>
        <translation>
            <numerusform>%Ln Eintrag wird über diesen Computer nach %1 kopiert …</numerusform>
            <numerusform>%Ln Einträge werden über diesen Computer nach %1 kopiert …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="108"/>
        <source>%n object(s) moved</source>
        <translation>
            <numerusform>%Ln Objekt verschoben</numerusform>
            <numerusform>%Ln Objekte verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="108"/>
        <source>%n object(s) copied</source>
        <translation>
            <numerusform>%Ln Objekt kopiert</numerusform>
            <numerusform>%Ln Objekte kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="110"/>
        <source>%n object(s) moved; %1</source>
        <translation>
            <numerusform>%Ln Objekt verschoben; %1</numerusform>
            <numerusform>%Ln Objekte verschoben; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="111"/>
        <source>%n object(s) copied; %1</source>
        <translation>
            <numerusform>%Ln Objekt kopiert; %1</numerusform>
            <numerusform>%Ln Objekte kopiert; %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectListModel</name>
    <message>
        <location filename="../ui/objectlistmodel.cpp" line="194"/>
        <source>(folder marker)</source>
        <translation>(Ordnermarkierung)</translation>
    </message>
    <message>
        <location filename="../ui/objectlistmodel.cpp" line="245"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/objectlistmodel.cpp" line="247"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/objectlistmodel.cpp" line="249"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../ui/objectlistmodel.cpp" line="251"/>
        <source>Storage class</source>
        <translation>Speicherklasse</translation>
    </message>
</context>
<context>
    <name>ObjectMover</name>
    <message>
        <location filename="../ui/objectmover.cpp" line="37"/>
        <source>nothing was copied: %1</source>
        <translation>nichts wurde kopiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/objectmover.cpp" line="64"/>
        <source>%1: skipped, %2</source>
        <translation>%1: übersprungen, %2</translation>
    </message>
    <message>
        <location filename="../ui/objectmover.cpp" line="66"/>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
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
        <translation>Die Kopien wurden angelegt, die Originale aber nicht gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>ObjectPickerDialog</name>
    <message>
        <location filename="../ui/website/objectpickerdialog.cpp" line="22"/>
        <source>Listing s3://%1…</source>
        <translation>s3://%1 wird aufgelistet …</translation>
    </message>
    <message>
        <location filename="../ui/website/objectpickerdialog.cpp" line="24"/>
        <source>Choose an object of %1</source>
        <translation>Wählen Sie ein Objekt aus %1</translation>
    </message>
    <message>
        <location filename="../ui/website/objectpickerdialog.cpp" line="25"/>
        <source>Filter, e.g. .html</source>
        <translation>Filter, z. B. .html</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/website/objectpickerdialog.cpp" line="75"/>
        <source>The first %n objects; type to filter them.</source>
        <translation>
            <numerusform>%Ln Objekt; tippen Sie, um zu filtern.</numerusform>
            <numerusform>Die ersten %Ln Objekte; tippen Sie, um sie zu filtern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/website/objectpickerdialog.cpp" line="76"/>
        <source>%n object(s)</source>
        <translation>
            <numerusform>%Ln Objekt</numerusform>
            <numerusform>%Ln Objekte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectPropertiesDialog</name>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="27"/>
        <source>Properties of %1</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="28"/>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="29"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="30"/>
        <source>Asking the cloud…</source>
        <translation>Cloud wird abgefragt …</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="41"/>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="50"/>
        <source>Website redirect</source>
        <translation>Website-Weiterleitung</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="51"/>
        <source>/other/page.html or https://example.com/ (none)</source>
        <translation>/andere/seite.html oder https://example.com/ (keine)</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="52"/>
        <source>The bucket&apos;s website endpoint answers 301 to this address for this key.</source>
        <translation>Der Website-Endpunkt des Buckets antwortet für diesen Schlüssel mit 301 auf diese Adresse.</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="54"/>
        <location filename="../ui/objectpropertiesdialog.cpp" line="55"/>
        <source>Set redirect</source>
        <translation>Weiterleitung setzen</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="56"/>
        <source>Copies the object onto itself with the redirect; its content type and metadata are kept, its ACL becomes the bucket&apos;s default.</source>
        <translation>Kopiert das Objekt mit der Weiterleitung auf sich selbst; Inhaltstyp und Metadaten bleiben erhalten, die ACL wird zur Standard-ACL des Buckets.</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="60"/>
        <source>Redirect status</source>
        <translation>Status der Weiterleitung</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="75"/>
        <source>Website redirect:</source>
        <translation>Website-Weiterleitung:</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="91"/>
        <source>Setting the redirect…</source>
        <translation>Weiterleitung wird gesetzt …</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="96"/>
        <source>Redirect set.</source>
        <translation>Weiterleitung gesetzt.</translation>
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
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="133"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="134"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="135"/>
        <source>ETag</source>
        <translation>ETag</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="136"/>
        <source>Storage class</source>
        <translation>Speicherklasse</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="136"/>
        <source>STANDARD</source>
        <translation>STANDARD</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="137"/>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="139"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../ui/objectpropertiesdialog.cpp" line="139"/>
        <source>none</source>
        <translation>keine</translation>
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
        <translation>Das Weiterleitungsziel ist leer.</translation>
    </message>
    <message>
        <location filename="../core/website/objectredirectjob.cpp" line="33"/>
        <source>The redirect target is longer than 2,048 characters.</source>
        <translation>Das Weiterleitungsziel ist länger als 2.048 Zeichen.</translation>
    </message>
    <message>
        <location filename="../core/website/objectredirectjob.cpp" line="36"/>
        <source>The redirect target contains a control character.</source>
        <translation>Das Weiterleitungsziel enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <location filename="../core/website/objectredirectjob.cpp" line="43"/>
        <source>The redirect target %1 is not a valid URL.</source>
        <translation>Das Weiterleitungsziel %1 ist keine gültige URL.</translation>
    </message>
    <message>
        <location filename="../core/website/objectredirectjob.cpp" line="46"/>
        <source>The redirect target must start with /, http:// or https:// (got %1).</source>
        <translation>Das Weiterleitungsziel muss mit /, http:// oder https:// beginnen (erhalten: %1).</translation>
    </message>
    <message>
        <location filename="../core/website/objectredirectjob.cpp" line="92"/>
        <source>The copy that sets the redirect failed: %1</source>
        <translation>Die Kopie, die die Weiterleitung setzt, ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ObjectsView</name>
    <message>
        <location filename="../ui/objectsview.cpp" line="27"/>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location filename="../ui/objectsview.cpp" line="56"/>
        <source>Objects cannot be dropped here.</source>
        <translation>Objekte können hier nicht abgelegt werden.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../core/clouds/profilestore.cpp" line="36"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/clouds/profilestore.cpp" line="42"/>
        <source>%1 is not a Skylight profile list: %2</source>
        <translation>%1 ist keine Skylight-Profilliste: %2</translation>
    </message>
    <message>
        <location filename="../core/clouds/profilestore.cpp" line="47"/>
        <source>%1 was written by a newer Skylight</source>
        <translation>%1 wurde von einer neueren Skylight-Version geschrieben</translation>
    </message>
    <message>
        <location filename="../core/clouds/profilestore.cpp" line="54"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/clouds/profilestore.cpp" line="68"/>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/clouds/profilestore.cpp" line="82"/>
        <location filename="../core/clouds/profilestore.cpp" line="89"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PublicAccessBlock</name>
    <message>
        <location filename="../core/website/publicaccessblock.cpp" line="56"/>
        <source>BlockPublicPolicy is on: S3 refuses any bucket policy that grants public access. Turn it off for this bucket.</source>
        <translation>BlockPublicPolicy ist aktiv: S3 lehnt jede Bucket-Richtlinie ab, die öffentlichen Zugriff gewährt. Schalten Sie es für diesen Bucket ab.</translation>
    </message>
    <message>
        <location filename="../core/website/publicaccessblock.cpp" line="59"/>
        <source>RestrictPublicBuckets is on: S3 ignores public grants in the bucket policy, so the website answers 403. Turn it off for this bucket.</source>
        <translation>RestrictPublicBuckets ist aktiv: S3 ignoriert öffentliche Freigaben in der Bucket-Richtlinie, daher antwortet die Website mit 403. Schalten Sie es für diesen Bucket ab.</translation>
    </message>
    <message>
        <location filename="../core/website/publicaccessblock.cpp" line="68"/>
        <source>BlockPublicAcls is on: S3 refuses public-read ACLs. Turn it off for this bucket.</source>
        <translation>BlockPublicAcls ist aktiv: S3 lehnt public-read-ACLs ab. Schalten Sie es für diesen Bucket ab.</translation>
    </message>
    <message>
        <location filename="../core/website/publicaccessblock.cpp" line="70"/>
        <source>IgnorePublicAcls is on: S3 ignores public-read ACLs. Turn it off for this bucket.</source>
        <translation>IgnorePublicAcls ist aktiv: S3 ignoriert public-read-ACLs. Schalten Sie es für diesen Bucket ab.</translation>
    </message>
</context>
<context>
    <name>PublicReadPolicy</name>
    <message>
        <location filename="../core/website/publicreadpolicy.cpp" line="60"/>
        <source>The bucket&apos;s current policy is not a JSON object (%1); Skylight leaves it alone.</source>
        <translation>Die aktuelle Richtlinie des Buckets ist kein JSON-Objekt (%1); Skylight lässt sie unverändert.</translation>
    </message>
</context>
<context>
    <name>PublishPlan</name>
    <message>
        <location filename="../core/website/publishplan.cpp" line="60"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
</context>
<context>
    <name>PublishWizard</name>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="25"/>
        <source>Publish a folder to %1</source>
        <translation>Einen Ordner nach %1 veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="38"/>
        <source>Folder and options</source>
        <translation>Ordner und Optionen</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="40"/>
        <source>The folder&apos;s files become the objects of s3://%1, with the same paths.</source>
        <translation>Die Dateien des Ordners werden zu den Objekten von s3://%1, mit denselben Pfaden.</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="42"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="45"/>
        <source>Folder to publish</source>
        <translation>Zu veröffentlichender Ordner</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="51"/>
        <source>error.html or 404.html when the folder has one</source>
        <translation>error.html oder 404.html, wenn der Ordner eine enthält</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="54"/>
        <source>e.g. max-age=300 (empty: none)</source>
        <translation>z. B. max-age=300 (leer: keine)</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="55"/>
        <source>Delete objects the folder no longer has</source>
        <translation>Objekte löschen, die es im Ordner nicht mehr gibt</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="56"/>
        <source>Make the bucket public (a bucket policy granting read to everyone)</source>
        <translation>Den Bucket öffentlich machen (eine Bucket-Richtlinie, die jedem Lesezugriff gewährt)</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="58"/>
        <source>Relax Block Public Access if it is in the way</source>
        <translation>Block Public Access lockern, falls es im Weg ist</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="63"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="64"/>
        <source>Index document:</source>
        <translation>Indexdokument:</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="65"/>
        <source>Error document:</source>
        <translation>Fehlerdokument:</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="66"/>
        <source>Cache-Control:</source>
        <translation>Cache-Control:</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="79"/>
        <source>What will change</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="80"/>
        <source>Only new and changed files are uploaded (same size and MD5: left as it is).</source>
        <translation>Nur neue und geänderte Dateien werden hochgeladen (gleiche Größe und MD5: bleibt unverändert).</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="85"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="96"/>
        <source>Publishing</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="97"/>
        <source>Uploading, then setting up s3://%1 as a website and fetching it.</source>
        <translation>Es wird hochgeladen, dann s3://%1 als Website eingerichtet und abgerufen.</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="142"/>
        <source>Reading the folder and listing the bucket…</source>
        <translation>Ordner wird gelesen und Bucket aufgelistet …</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="151"/>
        <source>%1 to upload, %2 unchanged, %3 to delete.</source>
        <translation>%1 hochzuladen, %2 unverändert, %3 zu löschen.</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="156"/>
        <source>upload  %1  (%2)</source>
        <translation>hochladen  %1  (%2)</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="158"/>
        <source>delete  %1</source>
        <translation>löschen  %1</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="178"/>
        <source>Could not record what was made public: %1</source>
        <translation>Es konnte nicht aufgezeichnet werden, was öffentlich gemacht wurde: %1</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="183"/>
        <source>Uploaded %1, unchanged %2, deleted %3.</source>
        <translation>Hochgeladen %1, unverändert %2, gelöscht %3.</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="189"/>
        <source>The site: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Die Website: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/website/publishwizard.cpp" line="192"/>
        <source>Index: %1, error page: %2</source>
        <translation>Index: %1, Fehlerseite: %2</translation>
    </message>
</context>
<context>
    <name>PutBucketWebsiteJob</name>
    <message>
        <location filename="../core/website/putbucketwebsitejob.cpp" line="27"/>
        <source>This configuration is for another cloud&apos;s website settings; read it from this bucket first.</source>
        <translation>Diese Konfiguration gehört zu den Website-Einstellungen einer anderen Cloud; lesen Sie sie zuerst aus diesem Bucket.</translation>
    </message>
</context>
<context>
    <name>QFile</name>
    <message>
        <location filename="../core/website/publicrecord.cpp" line="50"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>RawHttpSender</name>
    <message>
        <location filename="../core/transport/rawhttpsender.cpp" line="128"/>
        <source>the answer is too large</source>
        <translation>die Antwort ist zu groß</translation>
    </message>
    <message>
        <location filename="../core/transport/rawhttpsender.cpp" line="205"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message numerus="yes">
        <location filename="../ui/remindernotifier.cpp" line="25"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%Ln Stunde</numerusform>
            <numerusform>%Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/remindernotifier.cpp" line="26"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%Ln Minute</numerusform>
            <numerusform>%Ln Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/remindernotifier.cpp" line="114"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../ui/remindernotifier.cpp" line="116"/>
        <source>%1 on %2 / %3, from %4</source>
        <translation>%1 auf %2 / %3, ab %4</translation>
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
        <translation>zu groß für eine Erinnerungsliste; sie wird ersetzt</translation>
    </message>
    <message>
        <location filename="../core/schedule/reminderschedule.cpp" line="134"/>
        <source>not a reminder list (%1); it will be replaced</source>
        <translation>keine Erinnerungsliste (%1); sie wird ersetzt</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../ui/rescheduledialog.cpp" line="16"/>
        <source>Reschedule event</source>
        <translation>Ereignis verschieben</translation>
    </message>
    <message>
        <location filename="../ui/rescheduledialog.cpp" line="18"/>
        <source>&lt;p&gt;Move the start of &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;It now starts %2; the provider accepts any start until %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Den Beginn von &lt;b&gt;%1&lt;/b&gt; verschieben.&lt;/p&gt;&lt;p&gt;Es beginnt derzeit %2; der Anbieter akzeptiert jeden Beginn bis %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/rescheduledialog.cpp" line="26"/>
        <source>New start</source>
        <translation>Neuer Beginn</translation>
    </message>
</context>
<context>
    <name>RoutingRulesEditor</name>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="26"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="27"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="28"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="32"/>
        <source>Key prefix</source>
        <translation>Schlüsselpräfix</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="33"/>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="34"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="35"/>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="36"/>
        <source>New prefix</source>
        <translation>Neues Präfix</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="37"/>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="38"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="39"/>
        <source>Condition: the request&apos;s key starts with this (KeyPrefixEquals).</source>
        <translation>Bedingung: Der Schlüssel der Anfrage beginnt hiermit (KeyPrefixEquals).</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="40"/>
        <source>Condition: the page would answer this HTTP error, 4xx or 5xx (HttpErrorCodeReturnedEquals).</source>
        <translation>Bedingung: Die Seite würde mit diesem HTTP-Fehler antworten, 4xx oder 5xx (HttpErrorCodeReturnedEquals).</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="41"/>
        <source>Redirect: http or https (Protocol).</source>
        <translation>Weiterleitung: http oder https (Protocol).</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="42"/>
        <source>Redirect: the host to send visitors to (HostName).</source>
        <translation>Weiterleitung: der Host, zu dem Besucher geschickt werden (HostName).</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="43"/>
        <source>Redirect: replace the matched prefix with this (ReplaceKeyPrefixWith).</source>
        <translation>Weiterleitung: das passende Präfix hierdurch ersetzen (ReplaceKeyPrefixWith).</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="44"/>
        <source>Redirect: replace the whole key with this (ReplaceKeyWith).</source>
        <translation>Weiterleitung: den ganzen Schlüssel hierdurch ersetzen (ReplaceKeyWith).</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="45"/>
        <source>Redirect: the HTTP status, 3xx (HttpRedirectCode).</source>
        <translation>Weiterleitung: der HTTP-Status, 3xx (HttpRedirectCode).</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="56"/>
        <source>A rule applies when all its conditions match; the first matching rule wins. Leave a cell empty to leave the element out.</source>
        <translation>Eine Regel greift, wenn alle ihre Bedingungen zutreffen; die erste passende Regel gewinnt. Lassen Sie eine Zelle leer, um das Element wegzulassen.</translation>
    </message>
    <message>
        <location filename="../ui/website/routingruleseditor.cpp" line="65"/>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
</context>
<context>
    <name>S3ClientPool</name>
    <message>
        <location filename="../ui/s3clientpool.cpp" line="33"/>
        <source>There is no cloud named %1.</source>
        <translation>Es gibt keine Cloud namens %1.</translation>
    </message>
    <message>
        <location filename="../ui/s3clientpool.cpp" line="35"/>
        <source>%1 has no S3 endpoint.</source>
        <translation>%1 hat keinen S3-Endpunkt.</translation>
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
        <translation>keine s3://-URL: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="223"/>
        <source>rm needs s3://BUCKET/KEY (or a prefix with --recursive)</source>
        <translation>rm benötigt s3://BUCKET/KEY (oder ein Präfix mit --recursive)</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="255"/>
        <source>%1 needs s3://BUCKET</source>
        <translation>%1 benötigt s3://BUCKET</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="268"/>
        <source>presign needs s3://BUCKET/KEY</source>
        <translation>presign benötigt s3://BUCKET/KEY</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="272"/>
        <source>--expires takes a number of seconds</source>
        <translation>--expires erwartet eine Anzahl Sekunden</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="286"/>
        <source>Lists, copies, removes and shares objects and buckets.</source>
        <translation>Listet, kopiert, entfernt und teilt Objekte und Buckets.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="290"/>
        <source>The region (mb: where the bucket is made).</source>
        <translation>Die Region (mb: wo der Bucket angelegt wird).</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="291"/>
        <source>ls: every key; cp, rm: a whole folder or prefix.</source>
        <translation>ls: jeder Schlüssel; cp, rm: ein ganzer Ordner oder ein Präfix.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="292"/>
        <source>ls: print JSON.</source>
        <translation>ls: JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="294"/>
        <source>cp: the folder of the resume journal (default: the user&apos;s data folder); a killed cp run again with the same arguments continues where it stopped.</source>
        <translation>cp: der Ordner des Fortsetzungsjournals (Standard: der Datenordner des Benutzers); ein abgebrochenes cp, erneut mit denselben Argumenten gestartet, macht dort weiter, wo es aufgehört hat.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="299"/>
        <source>cp: keep no journal (a killed cp starts again from the beginning).</source>
        <translation>cp: kein Journal führen (ein abgebrochenes cp beginnt wieder von vorn).</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="300"/>
        <source>cp: files moving at once (default 8).</source>
        <translation>cp: gleichzeitig übertragene Dateien (Standard 8).</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="301"/>
        <source>cp: parts or ranges in flight over all files (default 8).</source>
        <translation>cp: gleichzeitige Teile oder Bereiche über alle Dateien (Standard 8).</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="303"/>
        <source>cp: the smallest part size in MiB (default 8; at least 5).</source>
        <translation>cp: die kleinste Teilgröße in MiB (Standard 8; mindestens 5).</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="306"/>
        <source>presign: seconds the link stays valid (default 3600, at most 604800 for SigV4).</source>
        <translation>presign: Sekunden, die der Link gültig bleibt (Standard 3600, höchstens 604800 bei SigV4).</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="310"/>
        <source>ls [s3://B[/P]], cp SRC DST, rm s3://B/K, mb s3://B, rb s3://B, presign s3://B/K</source>
        <translation>ls [s3://B[/P]], cp QUELLE ZIEL, rm s3://B/K, mb s3://B, rb s3://B, presign s3://B/K</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="315"/>
        <source>an action is needed: ls, cp, rm, mb, rb or presign</source>
        <translation>eine Aktion wird benötigt: ls, cp, rm, mb, rb oder presign</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="332"/>
        <source>cp needs SOURCE and DESTINATION</source>
        <translation>cp benötigt QUELLE und ZIEL</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="347"/>
        <source>--max-files, --max-parts and --part-size take a number</source>
        <translation>--max-files, --max-parts und --part-size erwarten eine Zahl</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3command.cpp" line="356"/>
        <source>unknown action %1</source>
        <translation>unbekannte Aktion %1</translation>
    </message>
</context>
<context>
    <name>S3Copy</name>
    <message>
        <location filename="../app/skylight-cli/s3copycommand.cpp" line="67"/>
        <source>skylight-cli s3: a bucket name is needed after s3://</source>
        <translation>skylight-cli s3: nach s3:// wird ein Bucket-Name benötigt</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3copycommand.cpp" line="71"/>
        <source>skylight-cli s3: one of SOURCE and DESTINATION must be an s3:// URL</source>
        <translation>skylight-cli s3: QUELLE oder ZIEL muss eine s3://-URL sein</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3copycommand.cpp" line="87"/>
        <source>%1 (resumed, %2 bytes were already there)</source>
        <translation>%1 (fortgesetzt, %2 Bytes waren bereits vorhanden)</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3copycommand.cpp" line="91"/>
        <source>skipped: %1: %2</source>
        <translation>übersprungen: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3copycommand.cpp" line="117"/>
        <source>skylight-cli s3: %1 is a folder: use --recursive</source>
        <translation>skylight-cli s3: %1 ist ein Ordner: verwenden Sie --recursive</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/s3copycommand.cpp" line="129"/>
        <source>skylight-cli s3: cannot create %1</source>
        <translation>skylight-cli s3: %1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>S3Job</name>
    <message>
        <location filename="../core/s3/s3job.cpp" line="26"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>S3cfgImporter</name>
    <message>
        <location filename="../core/clouds/s3cfgimporter.cpp" line="70"/>
        <source>access_key and secret_key must be given together</source>
        <translation>access_key und secret_key müssen zusammen angegeben werden</translation>
    </message>
    <message>
        <location filename="../core/clouds/s3cfgimporter.cpp" line="78"/>
        <source>use_https must be True or False</source>
        <translation>use_https muss True oder False sein</translation>
    </message>
    <message>
        <location filename="../core/clouds/s3cfgimporter.cpp" line="84"/>
        <source>signature_v2 must be True or False</source>
        <translation>signature_v2 muss True oder False sein</translation>
    </message>
    <message>
        <location filename="../core/clouds/s3cfgimporter.cpp" line="134"/>
        <source>no section with access_key or host_base</source>
        <translation>kein Abschnitt mit access_key oder host_base</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <location filename="../app/skylight-cli/sandboxcommand.cpp" line="39"/>
        <source>skylight-cli: skylight-sandbox is not installed beside skylight-cli (looked for %1)</source>
        <translation>skylight-cli: skylight-sandbox ist nicht neben skylight-cli installiert (gesucht: %1)</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/sandboxcommand.cpp" line="59"/>
        <location filename="../app/skylight-cli/sandboxcommand.cpp" line="70"/>
        <source>skylight-cli: cannot start %1: %2</source>
        <translation>skylight-cli: %1 kann nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>SandboxLauncher</name>
    <message>
        <location filename="../ui/sandboxlauncher.cpp" line="100"/>
        <source>skylight-sandbox was not found next to Skylight.</source>
        <translation>skylight-sandbox wurde neben Skylight nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/sandboxlauncher.cpp" line="113"/>
        <source>skylight-sandbox could not be started: %1</source>
        <translation>skylight-sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/sandboxlauncher.cpp" line="119"/>
        <source>The sandbox stopped (exit status %1).</source>
        <translation>Die Sandbox wurde beendet (Exit-Status %1).</translation>
    </message>
    <message>
        <location filename="../ui/sandboxlauncher.cpp" line="120"/>
        <source>The sandbox stopped: %1</source>
        <translation>Die Sandbox wurde beendet: %1</translation>
    </message>
    <message>
        <location filename="../ui/sandboxlauncher.cpp" line="124"/>
        <source>The sandbox did not report ready within %1 seconds.</source>
        <translation>Die Sandbox hat sich nicht innerhalb von %1 Sekunden bereit gemeldet.</translation>
    </message>
</context>
<context>
    <name>ScheduleFilters</name>
    <message>
        <location filename="../ui/schedulefilters.cpp" line="38"/>
        <source>Upcoming only</source>
        <translation>Nur anstehende</translation>
    </message>
    <message>
        <location filename="../ui/schedulefilters.cpp" line="39"/>
        <source>Hide completed and canceled events and windows that have closed</source>
        <translation>Abgeschlossene und abgesagte Ereignisse sowie geschlossene Zeitfenster ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/schedulefilters.cpp" line="41"/>
        <source>Cloud filter</source>
        <translation>Cloud-Filter</translation>
    </message>
    <message>
        <location filename="../ui/schedulefilters.cpp" line="44"/>
        <source>Event filter</source>
        <translation>Ereignisfilter</translation>
    </message>
    <message>
        <location filename="../ui/schedulefilters.cpp" line="67"/>
        <source>All clouds</source>
        <translation>Alle Clouds</translation>
    </message>
    <message>
        <location filename="../ui/schedulefilters.cpp" line="68"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="23"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="24"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="28"/>
        <source>Maintenance reminders</source>
        <translation>Wartungserinnerungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="30"/>
        <source>Show a reminder this long before a maintenance window opens:</source>
        <translation>Eine Erinnerung so lange vor Beginn eines Wartungsfensters anzeigen:</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="33"/>
        <source>Reminder lead times</source>
        <translation>Erinnerungsvorlaufzeiten</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="39"/>
        <source>New lead time</source>
        <translation>Neue Vorlaufzeit</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="40"/>
        <source>minutes before</source>
        <translation>Minuten vorher</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="41"/>
        <source>hours before</source>
        <translation>Stunden vorher</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="42"/>
        <source>days before</source>
        <translation>Tage vorher</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="43"/>
        <source>Lead time unit</source>
        <translation>Einheit der Vorlaufzeit</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="44"/>
        <source>Add lead time</source>
        <translation>Vorlaufzeit hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="45"/>
        <source>Remove lead time</source>
        <translation>Vorlaufzeit entfernen</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="56"/>
        <source>Manual only (F5)</source>
        <translation>Nur manuell (F5)</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="57"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="58"/>
        <source>Refresh interval</source>
        <translation>Aktualisierungsintervall</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="59"/>
        <source>How often instances and maintenance events are fetched again; 0: only on F5.</source>
        <translation>Wie oft Instanzen und Wartungsereignisse neu abgerufen werden; 0: nur mit F5.</translation>
    </message>
    <message>
        <location filename="../ui/settings/schedulepage.cpp" line="60"/>
        <source>Refresh instances and events &amp;every:</source>
        <translation>Instanzen und Ereignisse aktualisieren &amp;alle:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/schedulepage.cpp" line="74"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/schedulepage.cpp" line="76"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%Ln Stunde</numerusform>
            <numerusform>%Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/schedulepage.cpp" line="77"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%Ln Minute</numerusform>
            <numerusform>%Ln Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="57"/>
        <source>Reboot now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="58"/>
        <source>Stop/start now</source>
        <translation>Jetzt anhalten/starten</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="59"/>
        <source>Reschedule…</source>
        <translation>Verschieben …</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="60"/>
        <source>Export to calendar…</source>
        <translation>In Kalender exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="70"/>
        <source>Action result</source>
        <translation>Ergebnis der Aktion</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="135"/>
        <source>No event is shown.</source>
        <translation>Es wird kein Ereignis angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="138"/>
        <source>Choose an event first.</source>
        <translation>Wählen Sie zuerst ein Ereignis.</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="142"/>
        <source>This event is over.</source>
        <translation>Dieses Ereignis ist vorbei.</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="146"/>
        <source>Only an instance-reboot event can be done early by rebooting: this one is %1.</source>
        <translation>Nur ein Instanz-Neustart-Ereignis lässt sich durch einen Neustart vorziehen: Dieses ist %1.</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="151"/>
        <source>Stop/start helps with retirement and system maintenance, not %1.</source>
        <translation>Anhalten/Starten hilft bei Außerbetriebnahme und Systemwartung, nicht bei %1.</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="153"/>
        <source>Only an EBS-backed instance keeps its data through a stop.</source>
        <translation>Nur eine EBS-gestützte Instanz behält ihre Daten beim Anhalten.</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="162"/>
        <source>%1 speaks EC2 API version %2, which cannot move events (%3 came with %4).</source>
        <translation>%1 spricht die EC2-API-Version %2, die keine Ereignisse verschieben kann (%3 kam mit %4).</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="165"/>
        <source>The provider gives no deadline for this event: it cannot be moved.</source>
        <translation>Der Anbieter nennt für dieses Ereignis keine Frist: Es kann nicht verschoben werden.</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="167"/>
        <source>The deadline to move this event has passed.</source>
        <translation>Die Frist zum Verschieben dieses Ereignisses ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="201"/>
        <source>Export to calendar</source>
        <translation>In Kalender exportieren</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="201"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="205"/>
        <source>maintenance.ics</source>
        <translation>wartung.ics</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="213"/>
        <source>Rebooting %1…</source>
        <translation>%1 wird neu gestartet …</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="223"/>
        <source>%1 rebooted: the provider clears the event shortly.</source>
        <translation>%1 neu gestartet: Der Anbieter entfernt das Ereignis in Kürze.</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="234"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="252"/>
        <source>The keys of %1 have not been read yet: refresh first.</source>
        <translation>Die Zugangsschlüssel für %1 wurden noch nicht gelesen: Aktualisieren Sie zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="259"/>
        <source>Moving %1…</source>
        <translation>%1 wird verschoben …</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="267"/>
        <source>Reschedule failed: %1</source>
        <translation>Verschieben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="276"/>
        <source>%1 now starts %2</source>
        <translation>%1 beginnt jetzt %2</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="291"/>
        <source>Skylight maintenance</source>
        <translation>Skylight-Wartung</translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="292"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/schedulepanel.cpp" line="306"/>
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>%Ln Ereignis in %1 geschrieben</numerusform>
            <numerusform>%Ln Ereignisse in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/schedulepanel.cpp" line="307"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ServerCopy</name>
    <message>
        <location filename="../core/transfer/servercopy.cpp" line="185"/>
        <source>the copy of %1 has %2 bytes, the source %3</source>
        <translation>die Kopie von %1 hat %2 Bytes, die Quelle %3</translation>
    </message>
    <message>
        <location filename="../core/transfer/servercopy.cpp" line="191"/>
        <source>the copy of %1 does not have the source&apos;s MD5</source>
        <translation>die Kopie von %1 hat nicht die MD5-Prüfsumme der Quelle</translation>
    </message>
    <message>
        <location filename="../core/transfer/servercopy.cpp" line="193"/>
        <source>the copy of %1 does not have the ETag its upload ended with</source>
        <translation>die Kopie von %1 hat nicht das ETag, mit dem ihr Upload endete</translation>
    </message>
    <message>
        <location filename="../core/transfer/servercopy.cpp" line="204"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/transfer/servercopy.cpp" line="235"/>
        <source>%1; the unfinished copy could not be aborted either: %2</source>
        <translation>%1; die unvollständige Kopie konnte ebenfalls nicht abgebrochen werden: %2</translation>
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
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clouds/connectiontester.cpp" line="128"/>
        <source>%1: OK, %n bucket(s)</source>
        <translation>
            <numerusform>%1: OK, %Ln Bucket</numerusform>
            <numerusform>%1: OK, %Ln Buckets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/clouds/connectiontester.cpp" line="129"/>
        <source>%1: OK, regions %2</source>
        <translation>%1: OK, Regionen %2</translation>
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
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="30"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="31"/>
        <source>&amp;Transfers</source>
        <translation>&amp;Übertragungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="32"/>
        <source>&amp;Reminders and refresh</source>
        <translation>&amp;Erinnerungen/Abruf</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="33"/>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="34"/>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="41"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ShareLinkDialog</name>
    <message>
        <location filename="../ui/sharelinkdialog.cpp" line="28"/>
        <source>Share link</source>
        <translation>Link teilen</translation>
    </message>
    <message>
        <location filename="../ui/sharelinkdialog.cpp" line="32"/>
        <source>Object:</source>
        <translation>Objekt:</translation>
    </message>
    <message>
        <location filename="../ui/sharelinkdialog.cpp" line="39"/>
        <source>Valid for</source>
        <translation>Gültig für</translation>
    </message>
    <message>
        <location filename="../ui/sharelinkdialog.cpp" line="41"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../ui/sharelinkdialog.cpp" line="41"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../ui/sharelinkdialog.cpp" line="41"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../ui/sharelinkdialog.cpp" line="43"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../ui/sharelinkdialog.cpp" line="46"/>
        <source>Valid for:</source>
        <translation>Gültig für:</translation>
    </message>
    <message>
        <location filename="../ui/sharelinkdialog.cpp" line="49"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../ui/sharelinkdialog.cpp" line="51"/>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <location filename="../ui/sharelinkdialog.cpp" line="56"/>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <location filename="../ui/sharelinkdialog.cpp" line="86"/>
        <source>SigV4 links last at most 7 days; this one expires after 7 days.</source>
        <translation>SigV4-Links gelten höchstens 7 Tage; dieser läuft nach 7 Tagen ab.</translation>
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
        <translation>Anhalten von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/stopstartsequence.cpp" line="40"/>
        <location filename="../ui/stopstartsequence.cpp" line="52"/>
        <source>Stopping %1…</source>
        <translation>%1 wird angehalten …</translation>
    </message>
    <message>
        <location filename="../ui/stopstartsequence.cpp" line="44"/>
        <source>%1 stopped and started again: %2</source>
        <translation>%1 angehalten und wieder gestartet: %2</translation>
    </message>
    <message>
        <location filename="../ui/stopstartsequence.cpp" line="45"/>
        <source>%1 is stopped, but starting it failed: %2</source>
        <translation>%1 ist angehalten, aber der Start ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/stopstartsequence.cpp" line="60"/>
        <source>The keys of %1 are no longer available.</source>
        <translation>Die Zugangsschlüssel für %1 sind nicht mehr verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/stopstartsequence.cpp" line="69"/>
        <source>Starting %1…</source>
        <translation>%1 wird gestartet …</translation>
    </message>
    <message>
        <location filename="../ui/stopstartsequence.cpp" line="73"/>
        <source>%1 did not stop in time (still %2).</source>
        <translation>%1 wurde nicht rechtzeitig angehalten (noch %2).</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <location filename="../ui/terminatedialog.cpp" line="14"/>
        <source>Terminate instance</source>
        <translation>Instanz beenden</translation>
    </message>
    <message>
        <location filename="../ui/terminatedialog.cpp" line="15"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/terminatedialog.cpp" line="16"/>
        <source>&lt;p&gt;Terminating &lt;b&gt;%1&lt;/b&gt; deletes it for good, with its instance-store data and any volume set to delete on termination.&lt;/p&gt;&lt;p&gt;Type the instance id to confirm:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Beenden von &lt;b&gt;%1&lt;/b&gt; löscht die Instanz endgültig, mit ihren Instanzspeicher-Daten und allen Volumes, die beim Beenden gelöscht werden sollen.&lt;/p&gt;&lt;p&gt;Geben Sie zur Bestätigung die Instanz-ID ein:&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/terminatedialog.cpp" line="23"/>
        <source>Instance id to confirm</source>
        <translation>Instanz-ID zur Bestätigung</translation>
    </message>
    <message>
        <location filename="../ui/terminatedialog.cpp" line="26"/>
        <source>Terminate</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>TlsTrustDialog</name>
    <message>
        <location filename="../ui/tlstrustdialog.cpp" line="43"/>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/tlstrustdialog.cpp" line="45"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (cloud %2) presented a certificate that this computer does not trust. Someone could be impersonating the server.&lt;/p&gt;&lt;p&gt;Trust it only if its fingerprint matches the one your cloud&apos;s administrator gave you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (Cloud %2) hat ein Zertifikat vorgelegt, dem dieser Computer nicht vertraut. Jemand könnte sich als der Server ausgeben.&lt;/p&gt;&lt;p&gt;Vertrauen Sie ihm nur, wenn sein Fingerabdruck mit dem übereinstimmt, den Ihnen die Administration Ihrer Cloud genannt hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/tlstrustdialog.cpp" line="57"/>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <location filename="../ui/tlstrustdialog.cpp" line="58"/>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <location filename="../ui/tlstrustdialog.cpp" line="59"/>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <location filename="../ui/tlstrustdialog.cpp" line="62"/>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <location filename="../ui/tlstrustdialog.cpp" line="65"/>
        <source>The certificate&apos;s details could not be read.</source>
        <translation>Die Details des Zertifikats konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/tlstrustdialog.cpp" line="73"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../ui/tlstrustdialog.cpp" line="78"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <location filename="../ui/tlstrustdialog.cpp" line="83"/>
        <location filename="../ui/tlstrustdialog.cpp" line="85"/>
        <source>Trust this certificate for this cloud</source>
        <translation>Diesem Zertifikat für diese Cloud vertrauen</translation>
    </message>
    <message>
        <location filename="../ui/tlstrustdialog.cpp" line="89"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>TransferQueue</name>
    <message>
        <location filename="../core/transfer/transferqueue.cpp" line="374"/>
        <source>the cloud of this transfer is no longer connected</source>
        <translation>die Cloud dieser Übertragung ist nicht mehr verbunden</translation>
    </message>
    <message>
        <location filename="../core/transfer/transferqueue.cpp" line="468"/>
        <source>it already exists</source>
        <translation>es existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/transfer/transferqueuelaunch.cpp" line="109"/>
        <source>the file changed while it was sent; sending it again</source>
        <translation>die Datei hat sich beim Senden geändert; sie wird erneut gesendet</translation>
    </message>
    <message>
        <location filename="../core/transfer/transferqueuelaunch.cpp" line="232"/>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <location filename="../core/transfer/transferqueuelaunch.cpp" line="288"/>
        <source>the cloud is no longer connected</source>
        <translation>die Cloud ist nicht mehr verbunden</translation>
    </message>
</context>
<context>
    <name>TransfersDock</name>
    <message>
        <location filename="../ui/transfersdock.cpp" line="22"/>
        <location filename="../ui/transfersdock.cpp" line="71"/>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="32"/>
        <source>Transfer totals</source>
        <translation>Übertragungssummen</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="36"/>
        <source>Total progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="46"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="47"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="48"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="49"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="54"/>
        <source>%1 the selected transfers (all when none is selected)</source>
        <translation>%1: die ausgewählten Übertragungen (alle, wenn keine ausgewählt ist)</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="59"/>
        <location filename="../ui/transfersdock.cpp" line="60"/>
        <source>Clear finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transfersdock.cpp" line="116"/>
        <source>%n running</source>
        <translation>
            <numerusform>%Ln läuft</numerusform>
            <numerusform>%Ln laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transfersdock.cpp" line="118"/>
        <source>%n queued</source>
        <translation>
            <numerusform>%Ln wartet</numerusform>
            <numerusform>%Ln warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transfersdock.cpp" line="120"/>
        <source>%n paused</source>
        <translation>
            <numerusform>%Ln angehalten</numerusform>
            <numerusform>%Ln angehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transfersdock.cpp" line="122"/>
        <source>%n done</source>
        <translation>
            <numerusform>%Ln fertig</numerusform>
            <numerusform>%Ln fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transfersdock.cpp" line="124"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transfersdock.cpp" line="126"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%Ln abgebrochen</numerusform>
            <numerusform>%Ln abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="128"/>
        <source>looking for files…</source>
        <translation>Dateien werden gesucht …</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="130"/>
        <source>No transfers</source>
        <translation>Keine Übertragungen</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="134"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="140"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="153"/>
        <source>Already there</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="155"/>
        <source>%1 already exists on this computer.</source>
        <translation>%1 existiert bereits auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="156"/>
        <source>s3://%1/%2 already exists.</source>
        <translation>s3://%1/%2 existiert bereits.</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="160"/>
        <source>Replace it, skip this one, or keep both (the new one as %1)?</source>
        <translation>Ersetzen, diese überspringen oder beide behalten (die neue als %1)?</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="161"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="162"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="163"/>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <location filename="../ui/transfersdock.cpp" line="164"/>
        <source>Do this for the other conflicts too</source>
        <translation>Für die übrigen Konflikte ebenso verfahren</translation>
    </message>
</context>
<context>
    <name>TransfersModel</name>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="64"/>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="66"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="68"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="70"/>
        <source>Waiting for an answer</source>
        <translation>Wartet auf eine Antwort</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="72"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="74"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="76"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="78"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="87"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transfersmodel.cpp" line="95"/>
        <source>%n s</source>
        <translation>
            <numerusform>%Ln s</numerusform>
            <numerusform>%Ln s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="97"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="98"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="125"/>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="126"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="127"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="129"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="133"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="171"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="173"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="175"/>
        <source>Transferred</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="177"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="179"/>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location filename="../ui/transfersmodel.cpp" line="181"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>TransfersPage</name>
    <message>
        <location filename="../ui/settings/transferspage.cpp" line="18"/>
        <source>Files in flight</source>
        <translation>Gleichzeitige Dateien</translation>
    </message>
    <message>
        <location filename="../ui/settings/transferspage.cpp" line="19"/>
        <source>How many files upload or download at the same time.</source>
        <translation>Wie viele Dateien gleichzeitig hoch- oder heruntergeladen werden.</translation>
    </message>
    <message>
        <location filename="../ui/settings/transferspage.cpp" line="20"/>
        <source>&amp;Files in flight:</source>
        <translation>Gleichzeitige &amp;Dateien:</translation>
    </message>
    <message>
        <location filename="../ui/settings/transferspage.cpp" line="22"/>
        <source>Parts in flight</source>
        <translation>Gleichzeitige Teile</translation>
    </message>
    <message>
        <location filename="../ui/settings/transferspage.cpp" line="23"/>
        <source>How many parts or ranges move at the same time over all files.</source>
        <translation>Wie viele Teile oder Bereiche gleichzeitig über alle Dateien übertragen werden.</translation>
    </message>
    <message>
        <location filename="../ui/settings/transferspage.cpp" line="24"/>
        <source>&amp;Parts in flight:</source>
        <translation>Gleichzeitige &amp;Teile:</translation>
    </message>
    <message>
        <location filename="../ui/settings/transferspage.cpp" line="26"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../ui/settings/transferspage.cpp" line="27"/>
        <source>Part size</source>
        <translation>Teilgröße</translation>
    </message>
    <message>
        <location filename="../ui/settings/transferspage.cpp" line="28"/>
        <source>Part &amp;size:</source>
        <translation>Teil&amp;größe:</translation>
    </message>
    <message>
        <location filename="../ui/settings/transferspage.cpp" line="29"/>
        <source>Parts are between 5 MiB and 5 GiB; a very large file uses larger parts so that it fits in 10,000. Memory grows with parts in flight × part size. New values apply to transfers that start afterwards.</source>
        <translation>Teile sind zwischen 5 MiB und 5 GiB groß; eine sehr große Datei verwendet größere Teile, damit sie in 10.000 Teile passt. Der Speicherbedarf wächst mit gleichzeitigen Teilen × Teilgröße. Neue Werte gelten für Übertragungen, die danach beginnen.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../ui/trayicon.cpp" line="30"/>
        <source>Skylight tray menu</source>
        <translation>Skylight-Menü im Infobereich</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="31"/>
        <source>&amp;Show Skylight</source>
        <translation>Skylight &amp;anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="33"/>
        <source>&amp;Upcoming maintenance</source>
        <translation>&amp;Anstehende Wartung</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="34"/>
        <source>Open &amp;schedule</source>
        <translation>&amp;Wartungsplan öffnen</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="37"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="80"/>
        <source>%n upcoming maintenance event(s)</source>
        <translation>
            <numerusform>%Ln anstehendes Wartungsereignis</numerusform>
            <numerusform>%Ln anstehende Wartungsereignisse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="113"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
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
            <numerusform>%Ln weiteres …</numerusform>
            <numerusform>%Ln weitere …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upload</name>
    <message>
        <location filename="../core/transfer/upload.cpp" line="67"/>
        <source>%1 is not a readable file</source>
        <translation>%1 ist keine lesbare Datei</translation>
    </message>
    <message>
        <location filename="../core/transfer/upload.cpp" line="95"/>
        <location filename="../core/transfer/upload.cpp" line="315"/>
        <location filename="../core/transfer/upload.cpp" line="329"/>
        <location filename="../core/transfer/upload.cpp" line="348"/>
        <source>%1 changed while it was sent</source>
        <translation>%1 hat sich beim Senden geändert</translation>
    </message>
    <message>
        <location filename="../core/transfer/upload.cpp" line="102"/>
        <source>the server&apos;s ETag for %1 is not the MD5 that was sent</source>
        <translation>das ETag des Servers für %1 ist nicht die gesendete MD5-Prüfsumme</translation>
    </message>
    <message>
        <location filename="../core/transfer/upload.cpp" line="368"/>
        <source>the server joined %1 parts, not %2</source>
        <translation>der Server hat %1 Teile zusammengefügt, nicht %2</translation>
    </message>
    <message>
        <location filename="../core/transfer/upload.cpp" line="379"/>
        <source>the server holds %1 bytes, not %2</source>
        <translation>der Server hält %1 Bytes, nicht %2</translation>
    </message>
    <message>
        <location filename="../core/transfer/upload.cpp" line="428"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/transfer/upload.cpp" line="436"/>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../core/transfer/upload.cpp" line="488"/>
        <source>%1; the unfinished upload %2 could not be aborted either: %3</source>
        <translation>%1; der unvollständige Upload %2 konnte ebenfalls nicht abgebrochen werden: %3</translation>
    </message>
</context>
<context>
    <name>UsageDialog</name>
    <message>
        <location filename="../ui/usagedialog.cpp" line="47"/>
        <source>Cancel listing</source>
        <translation>Auflisten abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="52"/>
        <source>Usage of %1</source>
        <translation>Speichernutzung von %1</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="55"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="59"/>
        <source>By sub-folder</source>
        <translation>Nach Unterordner</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="61"/>
        <source>By storage class</source>
        <translation>Nach Speicherklasse</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="69"/>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="82"/>
        <source>Listing %1…</source>
        <translation>%1 wird aufgelistet …</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="99"/>
        <source>Listed %1 objects, %2 so far…</source>
        <translation>%1 Objekte aufgelistet, bisher %2 …</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="107"/>
        <source>The listing stopped: %1</source>
        <translation>Die Auflistung wurde angehalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="109"/>
        <source>Cancelled after %1 objects: the figures below are partial.</source>
        <translation>Nach %1 Objekten abgebrochen: Die folgenden Zahlen sind unvollständig.</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="112"/>
        <source>Listed %1 objects in %2 pages.</source>
        <translation>%1 Objekte in %2 Seiten aufgelistet.</translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="115"/>
        <source>Total: %1 in %2 objects; %3, %4.</source>
        <translation>Gesamt: %1 in %2 Objekten; %3, %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/usagedialog.cpp" line="118"/>
        <source>%n sub-folder(s)</source>
        <translation>
            <numerusform>%Ln Unterordner</numerusform>
            <numerusform>%Ln Unterordner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/usagedialog.cpp" line="119"/>
        <source>%n storage class(es)</source>
        <translation>
            <numerusform>%Ln Speicherklasse</numerusform>
            <numerusform>%Ln Speicherklassen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="130"/>
        <source>(objects here)</source>
        <translation>(Objekte hier)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/usagedialog.cpp" line="142"/>
        <source>%n others</source>
        <translation>
            <numerusform>%Ln weiterer</numerusform>
            <numerusform>%Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/usagedialog.cpp" line="152"/>
        <source>bytes</source>
        <translation>Bytes</translation>
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
        <translation>Größe</translation>
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
        <translation>s3://%1 hat keine Website-Konfiguration (Hosting ist aus).</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="111"/>
        <source>redirect all: %1</source>
        <translation>alles weiterleiten: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="114"/>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="327"/>
        <source>index: %1</source>
        <translation>Index: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="116"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="118"/>
        <source>routing rules: %1</source>
        <translation>Routing-Regeln: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="186"/>
        <source>website: s3://%1 configured</source>
        <translation>Website: s3://%1 konfiguriert</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="195"/>
        <source>website: s3://%1 hosting turned off</source>
        <translation>Website: Hosting für s3://%1 ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="220"/>
        <source>index:</source>
        <translation>Index:</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="221"/>
        <source>error page:</source>
        <translation>Fehlerseite:</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="237"/>
        <source>could not record what was changed: %1</source>
        <translation>die Änderungen konnten nicht aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="248"/>
        <source>would: %1</source>
        <translation>würde: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="248"/>
        <source>plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="255"/>
        <source>Block Public Access stops this; what must change:</source>
        <translation>Block Public Access verhindert das; was sich ändern muss:</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="258"/>
        <source>Run again with --allow-unblock to let Skylight change these settings for this bucket.</source>
        <translation>Starten Sie erneut mit --allow-unblock, damit Skylight diese Einstellungen für diesen Bucket ändern darf.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="265"/>
        <source>public: s3://%1</source>
        <translation>öffentlich: s3://%1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="288"/>
        <source>private: s3://%1</source>
        <translation>privat: s3://%1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="312"/>
        <source>would upload: %1</source>
        <translation>würde hochladen: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="312"/>
        <source>upload: %1</source>
        <translation>hochladen: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="314"/>
        <source>would delete: %1</source>
        <translation>würde löschen: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="314"/>
        <source>delete: %1</source>
        <translation>löschen: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="320"/>
        <source>uploaded %1, unchanged %2, deleted %3</source>
        <translation>hochgeladen %1, unverändert %2, gelöscht %3</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="325"/>
        <source>site: %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="328"/>
        <source>error page: %1</source>
        <translation>Fehlerseite: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="341"/>
        <source>redirect: s3://%1/%2 -&gt; %3</source>
        <translation>Weiterleitung: s3://%1/%2 -&gt; %3</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="351"/>
        <source>Static-website settings of a bucket: get, put, delete, endpoint, public, private.</source>
        <translation>Einstellungen der statischen Website eines Buckets: get, put, delete, endpoint, public, private.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="355"/>
        <source>The bucket&apos;s region (endpoint: otherwise asked of AWS).</source>
        <translation>Die Region des Buckets (endpoint: sonst wird AWS gefragt).</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="356"/>
        <source>Wait at most MS for the keychain.</source>
        <translation>Höchstens MS Millisekunden auf den Schlüsselbund warten.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="357"/>
        <source>put: the index document suffix (index.html).</source>
        <translation>put: das Suffix des Indexdokuments (index.html).</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="358"/>
        <source>put: the error document key (error.html).</source>
        <translation>put: der Schlüssel des Fehlerdokuments (error.html).</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="359"/>
        <source>put: redirect every request to [http(s)://]HOST.</source>
        <translation>put: jede Anfrage an [http(s)://]HOST weiterleiten.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="361"/>
        <source>put: the routing rules, an XML file with a &lt;RoutingRules&gt; element.</source>
        <translation>put: die Routing-Regeln, eine XML-Datei mit einem &lt;RoutingRules&gt;-Element.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="364"/>
        <source>put: send this WebsiteConfiguration file as it is (checked first); get: print the XML.</source>
        <translation>put: diese WebsiteConfiguration-Datei unverändert senden (zuvor geprüft); get: das XML ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="365"/>
        <source>get: print JSON.</source>
        <translation>get: JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="367"/>
        <source>endpoint: the cloud&apos;s website URL where it has its own (the sandbox&apos;s website= address).</source>
        <translation>endpoint: die Website-URL der Cloud, wo sie eine eigene hat (die website=-Adresse der Sandbox).</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="371"/>
        <source>endpoint: fetch the index and a missing page through the endpoint and print their HTTP status.</source>
        <translation>endpoint: den Index und eine fehlende Seite über den Endpunkt abrufen und ihren HTTP-Status ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="373"/>
        <source>public: print the plan and the policy without changing anything.</source>
        <translation>public: Plan und Richtlinie ausgeben, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="375"/>
        <source>public: relax the bucket&apos;s Block Public Access settings when they are in the way.</source>
        <translation>public: die Block-Public-Access-Einstellungen des Buckets lockern, wenn sie im Weg sind.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="377"/>
        <source>public: also let everyone list the keys, so missing pages answer 404 rather than 403.</source>
        <translation>public: auch jedem das Auflisten der Schlüssel erlauben, damit fehlende Seiten mit 404 statt 403 antworten.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="379"/>
        <source>public, private: where the record of what was made public is kept.</source>
        <translation>public, private: wo die Aufzeichnung dessen liegt, was öffentlich gemacht wurde.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="381"/>
        <source>publish: delete objects the folder no longer has.</source>
        <translation>publish: Objekte löschen, die es im Ordner nicht mehr gibt.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="382"/>
        <source>publish: the Cache-Control header of the uploaded files.</source>
        <translation>publish: der Cache-Control-Header der hochgeladenen Dateien.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="383"/>
        <source>publish: do not make the bucket public.</source>
        <translation>publish: den Bucket nicht öffentlich machen.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="386"/>
        <source>get|put|delete|endpoint|public|private s3://BUCKET, publish DIR s3://BUCKET, redirect s3://BUCKET/KEY TARGET</source>
        <translation>get|put|delete|endpoint|public|private s3://BUCKET, publish ORDNER s3://BUCKET, redirect s3://BUCKET/KEY ZIEL</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="393"/>
        <source>put: the WebsiteConfiguration file to send.</source>
        <translation>put: die zu sendende WebsiteConfiguration-Datei.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="414"/>
        <source>usage: skylight-cli s3 website publish DIR s3://BUCKET [--delete] [--index F] [--error F] | redirect s3://BUCKET/KEY TARGET</source>
        <translation>Aufruf: skylight-cli s3 website publish ORDNER s3://BUCKET [--delete] [--index F] [--error F] | redirect s3://BUCKET/KEY ZIEL</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="421"/>
        <source>redirect needs s3://BUCKET/KEY</source>
        <translation>redirect benötigt s3://BUCKET/KEY</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="427"/>
        <source>usage: skylight-cli s3 website get|put|delete|endpoint|public|private s3://BUCKET</source>
        <translation>Aufruf: skylight-cli s3 website get|put|delete|endpoint|public|private s3://BUCKET</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="433"/>
        <source>%1 needs s3://BUCKET</source>
        <translation>%1 benötigt s3://BUCKET</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="453"/>
        <source>put needs --xml FILE, or some of --index, --error, --redirect-all, --routing-rules</source>
        <translation>put benötigt --xml FILE oder einige von --index, --error, --redirect-all, --routing-rules</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/websitecommand.cpp" line="469"/>
        <source>unknown action %1</source>
        <translation>unbekannte Aktion %1</translation>
    </message>
</context>
<context>
    <name>WebsiteConfiguration</name>
    <message>
        <location filename="../core/website/websiteconfiguration.cpp" line="111"/>
        <source>the website configuration is larger than %1 KB</source>
        <translation>die Website-Konfiguration ist größer als %1 KB</translation>
    </message>
    <message>
        <location filename="../core/website/websiteconfiguration.cpp" line="113"/>
        <source>the website configuration is empty</source>
        <translation>die Website-Konfiguration ist leer</translation>
    </message>
    <message>
        <location filename="../core/website/websiteconfiguration.cpp" line="117"/>
        <source>the website configuration is not valid UTF-8</source>
        <translation>die Website-Konfiguration ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../core/website/websiteconfiguration.cpp" line="126"/>
        <source>expected &lt;%1&gt;, the document has &lt;%2&gt;</source>
        <translation>&lt;%1&gt; erwartet, das Dokument enthält &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="48"/>
        <source>Routing rule %1: %2</source>
        <translation>Routing-Regel %1: %2</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="53"/>
        <source>the condition needs a key prefix or an HTTP error code (or no condition at all).</source>
        <translation>die Bedingung benötigt ein Schlüsselpräfix oder einen HTTP-Fehlercode (oder gar keine Bedingung).</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="56"/>
        <source>the error code to match must be a 4xx or 5xx HTTP status, not &quot;%1&quot;.</source>
        <translation>der zu prüfende Fehlercode muss ein HTTP-Status 4xx oder 5xx sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="59"/>
        <source>the key prefix holds a control character S3 cannot store.</source>
        <translation>das Schlüsselpräfix enthält ein Steuerzeichen, das S3 nicht speichern kann.</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="63"/>
        <source>the redirect needs at least one of protocol, host name, key replacement or redirect code.</source>
        <translation>die Weiterleitung benötigt mindestens Protokoll, Hostname, Schlüsselersetzung oder Weiterleitungscode.</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="66"/>
        <source>replace the key prefix or the whole key, not both.</source>
        <translation>ersetzen Sie das Schlüsselpräfix oder den ganzen Schlüssel, nicht beides.</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="68"/>
        <source>the protocol must be http or https, not &quot;%1&quot;.</source>
        <translation>das Protokoll muss http oder https sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="70"/>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>„%1“ ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="73"/>
        <source>the redirect code must be a 3xx HTTP status, not &quot;%1&quot;.</source>
        <translation>der Weiterleitungscode muss ein HTTP-Status 3xx sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="76"/>
        <source>the replacement key holds a control character S3 cannot store.</source>
        <translation>der Ersatzschlüssel enthält ein Steuerzeichen, das S3 nicht speichern kann.</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="108"/>
        <source>Google Cloud Storage websites have a main page and a not-found page only: no redirects or routing rules.</source>
        <translation>Websites in Google Cloud Storage haben nur eine Hauptseite und eine Seite für „nicht gefunden“: keine Weiterleitungen oder Routing-Regeln.</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="111"/>
        <source>The main page suffix must not contain &quot;/&quot;.</source>
        <translation>Das Suffix der Hauptseite darf kein „/“ enthalten.</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="114"/>
        <source>Redirecting all requests excludes everything else: remove the index document, the error document and the routing rules, or stop redirecting all requests.</source>
        <translation>Das Weiterleiten aller Anfragen schließt alles andere aus: Entfernen Sie Indexdokument, Fehlerdokument und Routing-Regeln, oder leiten Sie nicht mehr alle Anfragen weiter.</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="117"/>
        <source>Redirecting all requests needs a host name.</source>
        <translation>Das Weiterleiten aller Anfragen benötigt einen Hostnamen.</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="119"/>
        <source>&quot;%1&quot; is not a valid host name to redirect to.</source>
        <translation>„%1“ ist kein gültiger Hostname als Weiterleitungsziel.</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="121"/>
        <source>The protocol to redirect to must be http or https, not &quot;%1&quot;.</source>
        <translation>Das Protokoll der Weiterleitung muss http oder https sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="124"/>
        <source>A website needs an index document (such as index.html), unless it redirects all requests.</source>
        <translation>Eine Website benötigt ein Indexdokument (etwa index.html), es sei denn, sie leitet alle Anfragen weiter.</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="129"/>
        <source>The index document suffix must not be empty.</source>
        <translation>Das Suffix des Indexdokuments darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="131"/>
        <source>The index document suffix must not contain &quot;/&quot; (it is a name such as index.html, looked up in every folder).</source>
        <translation>Das Suffix des Indexdokuments darf kein „/“ enthalten (es ist ein Name wie index.html, der in jedem Ordner gesucht wird).</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="135"/>
        <source>The index document suffix holds a control character S3 cannot store.</source>
        <translation>Das Suffix des Indexdokuments enthält ein Steuerzeichen, das S3 nicht speichern kann.</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="137"/>
        <source>The error document key must not be empty.</source>
        <translation>Der Schlüssel des Fehlerdokuments darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="139"/>
        <source>The error document key holds a control character S3 cannot store.</source>
        <translation>Der Schlüssel des Fehlerdokuments enthält ein Steuerzeichen, das S3 nicht speichern kann.</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="141"/>
        <source>The routing rules are empty: add a rule or remove the routing rules.</source>
        <translation>Die Routing-Regeln sind leer: Fügen Sie eine Regel hinzu oder entfernen Sie die Routing-Regeln.</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="143"/>
        <source>A website has at most %1 routing rules; this one has %2.</source>
        <translation>Eine Website hat höchstens %1 Routing-Regeln; diese hat %2.</translation>
    </message>
    <message>
        <location filename="../core/website/websitevalidation.cpp" line="149"/>
        <source>The configuration is larger than S3&apos;s limit of %1 KB.</source>
        <translation>Die Konfiguration ist größer als die S3-Grenze von %1 KB.</translation>
    </message>
</context>
<context>
    <name>WebsiteDialog</name>
    <message>
        <location filename="../ui/website/websitedialog.cpp" line="19"/>
        <source>Website — %1</source>
        <translation>Website — %1</translation>
    </message>
</context>
<context>
    <name>WebsiteEndpoint</name>
    <message>
        <location filename="../core/website/websiteendpoint.cpp" line="75"/>
        <source>&quot;%1&quot; is not a website URL.</source>
        <translation>„%1“ ist keine Website-URL.</translation>
    </message>
    <message>
        <location filename="../core/website/websiteendpoint.cpp" line="81"/>
        <source>S3 website endpoints serve plain http only; put CloudFront in front for https.</source>
        <translation>S3-Website-Endpunkte liefern nur einfaches http aus; schalten Sie für https CloudFront davor.</translation>
    </message>
    <message>
        <location filename="../core/website/websiteendpoint.cpp" line="84"/>
        <source>With dots in its name the bucket can be served under its own domain (a CNAME to %1).</source>
        <translation>Mit Punkten im Namen kann der Bucket unter seiner eigenen Domain ausgeliefert werden (ein CNAME auf %1).</translation>
    </message>
    <message>
        <location filename="../core/website/websiteendpoint.cpp" line="90"/>
        <source>The sandbox serves websites on its own port; give its website URL (the &quot;website=&quot; address the sandbox prints when it starts).</source>
        <translation>Die Sandbox liefert Websites auf einem eigenen Port aus; geben Sie ihre Website-URL an (die „website=“-Adresse, die die Sandbox beim Start ausgibt).</translation>
    </message>
    <message>
        <location filename="../core/website/websiteendpoint.cpp" line="97"/>
        <source>The sandbox also serves the bucket by name: Host %1.</source>
        <translation>Die Sandbox liefert den Bucket auch über seinen Namen aus: Host %1.</translation>
    </message>
    <message>
        <location filename="../core/website/websiteendpoint.cpp" line="106"/>
        <source>Served once the domain %1 has a CNAME record for c.storage.googleapis.com.</source>
        <translation>Wird ausgeliefert, sobald die Domain %1 einen CNAME-Eintrag auf c.storage.googleapis.com hat.</translation>
    </message>
    <message>
        <location filename="../core/website/websiteendpoint.cpp" line="110"/>
        <source>Google applies the main page and not-found page only to a bucket named after a domain (with a CNAME to c.storage.googleapis.com); this URL serves the objects themselves.</source>
        <translation>Google wendet Hauptseite und „nicht gefunden“-Seite nur auf einen Bucket an, der nach einer Domain benannt ist (mit einem CNAME auf c.storage.googleapis.com); diese URL liefert die Objekte selbst aus.</translation>
    </message>
    <message>
        <location filename="../core/website/websiteendpoint.cpp" line="118"/>
        <source>This cloud&apos;s website endpoint is not known: give its website URL (with {bucket} where the bucket name goes, or a base the bucket is appended to).</source>
        <translation>Der Website-Endpunkt dieser Cloud ist nicht bekannt: Geben Sie ihre Website-URL an (mit {bucket} an der Stelle des Bucket-Namens oder eine Basis, an die der Bucket angehängt wird).</translation>
    </message>
    <message>
        <location filename="../core/website/websiteendpoint.cpp" line="125"/>
        <source>The Internet Archive does not host static websites.</source>
        <translation>Das Internet Archive stellt keine statischen Websites bereit.</translation>
    </message>
</context>
<context>
    <name>WebsiteEndpointBox</name>
    <message>
        <location filename="../ui/website/websiteendpointbox.cpp" line="32"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../ui/website/websiteendpointbox.cpp" line="36"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/website/websiteendpointbox.cpp" line="37"/>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <location filename="../ui/website/websiteendpointbox.cpp" line="38"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/website/websiteendpointbox.cpp" line="42"/>
        <source>Website URL of this store, e.g. http://127.0.0.1:9001</source>
        <translation>Website-URL dieses Speichers, z. B. http://127.0.0.1:9001</translation>
    </message>
    <message>
        <location filename="../ui/website/websiteendpointbox.cpp" line="54"/>
        <source>Fetch the index and a missing page through the endpoint, as a visitor would.</source>
        <translation>Den Index und eine fehlende Seite über den Endpunkt abrufen, wie ein Besucher es täte.</translation>
    </message>
    <message>
        <location filename="../ui/website/websiteendpointbox.cpp" line="106"/>
        <source>Fetching…</source>
        <translation>Wird abgerufen …</translation>
    </message>
    <message>
        <location filename="../ui/website/websiteendpointbox.cpp" line="111"/>
        <source>Index: %1   Error page: %2 %3</source>
        <translation>Index: %1   Fehlerseite: %2 %3</translation>
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
        <translation>Eine statische Website aus diesem Bucket bereitstellen</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="70"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="71"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="74"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="75"/>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="79"/>
        <source>Make public…</source>
        <translation>Öffentlich machen …</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="80"/>
        <source>Make private</source>
        <translation>Privat machen</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="81"/>
        <source>Publish a folder…</source>
        <translation>Einen Ordner veröffentlichen …</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="82"/>
        <source>Undo exactly what Skylight&apos;s &quot;Make public&quot; changed on this bucket.</source>
        <translation>Genau das rückgängig machen, was „Öffentlich machen“ von Skylight an diesem Bucket geändert hat.</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="83"/>
        <source>Upload a local folder as the site (or drop a folder on this panel).</source>
        <translation>Einen lokalen Ordner als Website hochladen (oder einen Ordner auf diesem Bereich ablegen).</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="118"/>
        <source>Serve the bucket&apos;s objects</source>
        <translation>Die Objekte des Buckets ausliefern</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="119"/>
        <source>Redirect every request to another host</source>
        <translation>Jede Anfrage an einen anderen Host weiterleiten</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="122"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="126"/>
        <source>error.html (optional)</source>
        <translation>error.html (optional)</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="131"/>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="143"/>
        <source>Index document:</source>
        <translation>Indexdokument:</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="144"/>
        <source>Error document:</source>
        <translation>Fehlerdokument:</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="145"/>
        <source>Served for the site&apos;s root and for every &quot;folder/&quot; (the suffix is added).</source>
        <translation>Wird für die Wurzel der Website und für jeden „ordner/“ ausgeliefert (das Suffix wird angehängt).</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="147"/>
        <source>Redirect all requests</source>
        <translation>Alle Anfragen weiterleiten</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="151"/>
        <source>Same as the request</source>
        <translation>Wie die Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="155"/>
        <source>Host name:</source>
        <translation>Hostname:</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="156"/>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="161"/>
        <source>Routing rules</source>
        <translation>Routing-Regeln</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="189"/>
        <source>The WebsiteConfiguration document as it will be sent. Edits here go back into the form when you leave this tab or save.</source>
        <translation>Das WebsiteConfiguration-Dokument, wie es gesendet wird. Änderungen hier fließen ins Formular zurück, wenn Sie diesen Reiter verlassen oder speichern.</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="207"/>
        <source>Valid.</source>
        <translation>Gültig.</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="249"/>
        <source>Reading the website settings of %1…</source>
        <translation>Website-Einstellungen von %1 werden gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="259"/>
        <source>Hosting is on.</source>
        <translation>Hosting ist an.</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="259"/>
        <source>Hosting is off.</source>
        <translation>Hosting ist aus.</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="317"/>
        <source>Give an index document (index.html), or redirect all requests.</source>
        <translation>Geben Sie ein Indexdokument an (index.html) oder leiten Sie alle Anfragen weiter.</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="347"/>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="348"/>
        <source>Fix the routing rules above to save.</source>
        <translation>Korrigieren Sie die Routing-Regeln oben, um zu speichern.</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="375"/>
        <source>The document is larger than S3 takes.</source>
        <translation>Das Dokument ist größer, als S3 annimmt.</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="405"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="416"/>
        <source>Saved; hosting is on.</source>
        <translation>Gespeichert; Hosting ist an.</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="416"/>
        <source>Saved; hosting is off.</source>
        <translation>Gespeichert; Hosting ist aus.</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="458"/>
        <source>⚠ %1 is not in the bucket: visitors will get an error.</source>
        <translation>⚠ %1 ist nicht im Bucket: Besucher erhalten einen Fehler.</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="460"/>
        <source>⚠ %1 could not be checked: %2</source>
        <translation>⚠ %1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="462"/>
        <source>⚠ %1 is not public: no bucket policy lets everyone read it. Use Make public….</source>
        <translation>⚠ %1 ist nicht öffentlich: Keine Bucket-Richtlinie erlaubt jedem das Lesen. Verwenden Sie „Öffentlich machen …“.</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="481"/>
        <source>Everyone may read the objects.</source>
        <translation>Jeder darf die Objekte lesen.</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="482"/>
        <source>The objects are private.</source>
        <translation>Die Objekte sind privat.</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="515"/>
        <source>Making %1 private…</source>
        <translation>%1 wird privat gemacht …</translation>
    </message>
    <message>
        <location filename="../ui/website/websitepanel.cpp" line="523"/>
        <source>Private again: %1</source>
        <translation>Wieder privat: %1</translation>
    </message>
</context>
<context>
    <name>WebsitePublisher</name>
    <message>
        <location filename="../core/website/websitepublisher.cpp" line="28"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <location filename="../core/website/websitepublisher.cpp" line="39"/>
        <source>The folder has no files to publish.</source>
        <translation>Der Ordner enthält keine Dateien zum Veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../core/website/websitepublisher.cpp" line="52"/>
        <location filename="../core/website/websitepublisher.cpp" line="103"/>
        <source>Publishing was canceled.</source>
        <translation>Die Veröffentlichung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/website/websitepublisher.cpp" line="53"/>
        <source>Listing s3://%1…</source>
        <translation>s3://%1 wird aufgelistet …</translation>
    </message>
    <message>
        <location filename="../core/website/websitepublisher.cpp" line="81"/>
        <source>The folder has no %1 at its top, so the site would have no home page.</source>
        <translation>Der Ordner enthält oben kein %1, daher hätte die Website keine Startseite.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/website/websitepublisher.cpp" line="92"/>
        <source>%n file(s) to upload</source>
        <translation>
            <numerusform>%Ln Datei hochzuladen</numerusform>
            <numerusform>%Ln Dateien hochzuladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/website/websitepublisher.cpp" line="137"/>
        <source>Deleting %n removed file(s)…</source>
        <translation>
            <numerusform>%Ln entfernte Datei wird gelöscht …</numerusform>
            <numerusform>%Ln entfernte Dateien werden gelöscht …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/website/websitepublisher.cpp" line="155"/>
        <source>Setting the index and error documents…</source>
        <translation>Index- und Fehlerdokument werden gesetzt …</translation>
    </message>
    <message>
        <location filename="../core/website/websitepublisher.cpp" line="190"/>
        <source>Making s3://%1 public…</source>
        <translation>s3://%1 wird öffentlich gemacht …</translation>
    </message>
    <message>
        <location filename="../core/website/websitepublisher.cpp" line="210"/>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen …</translation>
    </message>
</context>
<context>
    <name>WebsiteSupport</name>
    <message>
        <location filename="../core/website/websitesupport.cpp" line="13"/>
        <source>The Internet Archive does not host static websites.</source>
        <translation>Das Internet Archive stellt keine statischen Websites bereit.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.cpp" line="13"/>
        <source>&lt;h1&gt;Welcome to Skylight&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Willkommen bei Skylight&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="15"/>
        <source>One window for the instances, maintenance events, buckets and websites of every cloud you use: AWS, Eucalyptus, Google Cloud Storage, the Internet Archive and any S3-compatible store.</source>
        <translation>Ein Fenster für die Instanzen, Wartungsereignisse, Buckets und Websites jeder Cloud, die Sie nutzen: AWS, Eucalyptus, Google Cloud Storage, das Internet Archive und jeder S3-kompatible Speicher.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="33"/>
        <source>Add cloud…</source>
        <translation>Cloud hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="34"/>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="35"/>
        <location filename="../ui/welcomepage.cpp" line="38"/>
        <source>Try the local sandbox</source>
        <translation>Lokale Sandbox ausprobieren</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="36"/>
        <source>Add cloud</source>
        <translation>Cloud hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="37"/>
        <source>Import credentials</source>
        <translation>Zugangsdaten importieren</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <location filename="../core/clouds/ziparchive.cpp" line="42"/>
        <source>not a ZIP archive</source>
        <translation>kein ZIP-Archiv</translation>
    </message>
    <message>
        <location filename="../core/clouds/ziparchive.cpp" line="47"/>
        <source>ZIP64 archives are not supported</source>
        <translation>ZIP64-Archive werden nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/clouds/ziparchive.cpp" line="49"/>
        <location filename="../core/clouds/ziparchive.cpp" line="54"/>
        <location filename="../core/clouds/ziparchive.cpp" line="66"/>
        <source>the ZIP archive&apos;s directory is damaged</source>
        <translation>das Verzeichnis des ZIP-Archivs ist beschädigt</translation>
    </message>
    <message>
        <location filename="../core/clouds/ziparchive.cpp" line="70"/>
        <source>%1 is encrypted</source>
        <translation>%1 ist verschlüsselt</translation>
    </message>
    <message>
        <location filename="../core/clouds/ziparchive.cpp" line="95"/>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <location filename="../core/clouds/ziparchive.cpp" line="98"/>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <location filename="../core/clouds/ziparchive.cpp" line="101"/>
        <source>cut short</source>
        <translation>abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/clouds/ziparchive.cpp" line="110"/>
        <location filename="../core/clouds/ziparchive.cpp" line="119"/>
        <source>cannot decompress</source>
        <translation>kann nicht entpackt werden</translation>
    </message>
    <message>
        <location filename="../core/clouds/ziparchive.cpp" line="121"/>
        <source>compression method %1 is not supported</source>
        <translation>die Kompressionsmethode %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/clouds/ziparchive.cpp" line="125"/>
        <source>the content does not match its checksum</source>
        <translation>der Inhalt passt nicht zu seiner Prüfsumme</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/skylight-cli/clidriver.cpp" line="50"/>
        <source>no profile named %1</source>
        <translation>kein Profil namens %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/clidriver.cpp" line="73"/>
        <source>The cloud profile to use.</source>
        <translation>Das zu verwendende Cloud-Profil.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/clidriver.cpp" line="75"/>
        <source>An ad-hoc cloud at this URL (keys from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY).</source>
        <translation>Eine Ad-hoc-Cloud unter dieser URL (Schlüssel aus AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY).</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/clidriver.cpp" line="78"/>
        <source>With --endpoint-url: aws, eucalyptus, gcs, internet-archive, s3-compatible or sandbox.</source>
        <translation>Mit --endpoint-url: aws, eucalyptus, gcs, internet-archive, s3-compatible oder sandbox.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/clidriver.cpp" line="105"/>
        <source>say which cloud: --profile NAME, or --endpoint-url URL</source>
        <translation>geben Sie die Cloud an: --profile NAME oder --endpoint-url URL</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/clidriver.cpp" line="111"/>
        <source>unknown provider %1</source>
        <translation>unbekannter Anbieter %1</translation>
    </message>
</context>
<context>
    <name>ec2</name>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="56"/>
        <source>%1: accepted</source>
        <translation>%1: angenommen</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="65"/>
        <source>not a time: %1 (give an ISO 8601 time such as 2026-12-01T10:00:00Z)</source>
        <translation>keine Zeitangabe: %1 (geben Sie eine ISO-8601-Zeit an, etwa 2026-12-01T10:00:00Z)</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="80"/>
        <source>%1 %2 %3 now starts %4, ends %5</source>
        <translation>%1 %2 %3 beginnt jetzt %4, endet %5</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="83"/>
        <source>%1 %2 %3 now starts %4</source>
        <translation>%1 %2 %3 beginnt jetzt %4</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="118"/>
        <source>no cloud with EC2 is configured: add one with `skylight-cli profiles add`, or say which with --cloud NAME or --endpoint-url URL</source>
        <translation>keine Cloud mit EC2 eingerichtet: Fügen Sie eine mit `skylight-cli profiles add` hinzu oder geben Sie sie mit --cloud NAME oder --endpoint-url URL an</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="132"/>
        <source>Lists regions, instances and scheduled events; exports the events as iCalendar; reschedules an event; starts, stops, reboots and terminates instances.</source>
        <translation>Listet Regionen, Instanzen und geplante Ereignisse auf; exportiert die Ereignisse als iCalendar; verschiebt ein Ereignis; startet, hält an, startet neu und beendet Instanzen.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="136"/>
        <source>regions, instances, events, reschedule INSTANCE EVENT-ID TIME, start|stop|reboot|terminate ID…</source>
        <translation>regions, instances, events, reschedule INSTANZ EREIGNIS-ID ZEIT, start|stop|reboot|terminate ID …</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="138"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="139"/>
        <source>events: only scheduled events not yet over.</source>
        <translation>events: nur geplante Ereignisse, die noch nicht vorbei sind.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="141"/>
        <source>events: also write them to FILE as iCalendar (RFC 5545).</source>
        <translation>events: sie auch als iCalendar (RFC 5545) in FILE schreiben.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="143"/>
        <source>The cloud (profile) to use.</source>
        <translation>Die zu verwendende Cloud (Profil).</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="145"/>
        <source>Use this endpoint instead of a profile.</source>
        <translation>Diesen Endpunkt statt eines Profils verwenden.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="146"/>
        <source>With --endpoint-url: the provider.</source>
        <translation>Mit --endpoint-url: der Anbieter.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="148"/>
        <source>Only this region (default: every region of the profile).</source>
        <translation>Nur diese Region (Standard: jede Region des Profils).</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="150"/>
        <source>The EC2 API version to speak.</source>
        <translation>Die zu sprechende EC2-API-Version.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="152"/>
        <source>Milliseconds to wait for the keychain.</source>
        <translation>Millisekunden, die auf den Schlüsselbund gewartet wird.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="159"/>
        <source>an action is needed: regions, instances, events, reschedule, start, stop, reboot or terminate</source>
        <translation>eine Aktion wird benötigt: regions, instances, events, reschedule, start, stop, reboot oder terminate</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="178"/>
        <source>%1 has no EC2 endpoint</source>
        <translation>%1 hat keinen EC2-Endpunkt</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="190"/>
        <source>reschedule needs INSTANCE EVENT-ID TIME</source>
        <translation>reschedule benötigt INSTANZ EREIGNIS-ID ZEIT</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="199"/>
        <source>%1 needs at least one instance id</source>
        <translation>%1 benötigt mindestens eine Instanz-ID</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2command.cpp" line="202"/>
        <source>unknown action or extra arguments: %1</source>
        <translation>unbekannte Aktion oder überzählige Argumente: %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2listing.cpp" line="75"/>
        <source>Skylight maintenance schedule</source>
        <translation>Skylight-Wartungsplan</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2listing.cpp" line="78"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/ec2listing.cpp" line="148"/>
        <source>%1: DescribeInstanceStatus is not offered by this cloud&apos;s EC2 API version %2 (it needs %3 or later): no scheduled events to show</source>
        <translation>%1: DescribeInstanceStatus wird von der EC2-API-Version %2 dieser Cloud nicht angeboten (es benötigt %3 oder neuer): keine geplanten Ereignisse anzuzeigen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/skylight/main.cpp" line="80"/>
        <source>A desktop console for public and private clouds.</source>
        <translation>Eine Desktop-Konsole für öffentliche und private Clouds.</translation>
    </message>
    <message>
        <location filename="../app/skylight/main.cpp" line="84"/>
        <source>Save a picture of the window to FILE and exit.</source>
        <translation>Ein Bild des Fensters in FILE speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/skylight/main.cpp" line="88"/>
        <source>Start the local sandbox cloud with demo data and connect to it.</source>
        <translation>Die lokale Sandbox-Cloud mit Demodaten starten und sich mit ihr verbinden.</translation>
    </message>
    <message>
        <location filename="../app/skylight/main.cpp" line="91"/>
        <source>Show Skylight in language CODE (en, de, ja) instead of the one chosen in Settings.</source>
        <translation>Skylight in der Sprache CODE (en, de, ja) statt der in den Einstellungen gewählten anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/skylight/main.cpp" line="96"/>
        <source>Use the light or dark palette (light, dark, system) instead of the one chosen in Settings.</source>
        <translation>Die helle oder dunkle Palette (light, dark, system) statt der in den Einstellungen gewählten verwenden.</translation>
    </message>
    <message>
        <location filename="../app/skylight/main.cpp" line="101"/>
        <source>With --sandbox: once connected, show PAGE (instances, schedule or buckets) of the sandbox.</source>
        <translation>Mit --sandbox: nach dem Verbinden die Seite PAGE (instances, schedule oder buckets) der Sandbox zeigen.</translation>
    </message>
    <message>
        <location filename="../app/skylight/main.cpp" line="111"/>
        <source>--theme takes light, dark or system.
</source>
        <translation>--theme erwartet light, dark oder system.
</translation>
    </message>
</context>
<context>
    <name>profiles</name>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="57"/>
        <source>name:         %1</source>
        <translation>Name:         %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="58"/>
        <source>provider:     %1</source>
        <translation>Anbieter:     %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="60"/>
        <source>EC2:          %1 (%2, API %3)</source>
        <translation>EC2:          %1 (%2, API %3)</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="65"/>
        <source>S3:           %1 (%2, %3)</source>
        <translation>S3:           %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="69"/>
        <source>region:       %1 (%2 known)</source>
        <translation>Region:       %1 (%2 bekannt)</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="70"/>
        <source>TLS:          %1%2%3</source>
        <translation>TLS:          %1%2%3</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="71"/>
        <source>system CAs</source>
        <translation>System-CAs</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="72"/>
        <source>, CA %1</source>
        <translation>, CA %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="74"/>
        <source>, pinned %1</source>
        <translation>, festgelegt %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="75"/>
        <source>credentials:  keychain entry %1</source>
        <translation>Zugangsdaten: Schlüsselbundeintrag %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="77"/>
        <source>read-only:    yes (nothing is uploaded, changed or deleted)</source>
        <translation>nur lesen:    ja (nichts wird hochgeladen, geändert oder gelöscht)</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="79"/>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="108"/>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="191"/>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="210"/>
        <source>no profile named %1</source>
        <translation>kein Profil namens %1</translation>
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
        <translation>%1 aktualisiert</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="129"/>
        <source>added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="135"/>
        <source>%1 skylight-cli ends now, so the secrets are lost: unlock the keychain and run this again.</source>
        <translation>%1 skylight-cli endet jetzt, daher gehen die Geheimnisse verloren: Entsperren Sie den Schlüsselbund und führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="146"/>
        <source>import needs a source: aws, boto, eucarc or s3cfg</source>
        <translation>import benötigt eine Quelle: aws, boto, eucarc oder s3cfg</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="162"/>
        <source>import eucarc needs the eucarc file</source>
        <translation>import eucarc benötigt die eucarc-Datei</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="167"/>
        <source>unknown import source &apos;%1&apos;</source>
        <translation>unbekannte Importquelle „%1“</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="174"/>
        <source>%1	%2	%3	%4</source>
        <translation>%1	%2	%3	%4</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="179"/>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="180"/>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="199"/>
        <source>removed %1, but its keychain entry stays: %2</source>
        <translation>%1 entfernt, aber sein Schlüsselbundeintrag bleibt: %2</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="201"/>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="233"/>
        <source>%1 has neither an S3 nor an EC2 endpoint</source>
        <translation>%1 hat weder einen S3- noch einen EC2-Endpunkt</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="243"/>
        <source>add: EC2 signing: v4, v2 or v2-sha1.</source>
        <translation>add: EC2-Signatur: v4, v2 oder v2-sha1.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="244"/>
        <source>add: S3 signing: v4-s3, s3-v1, goog-v1 or low (https only).</source>
        <translation>add: S3-Signatur: v4-s3, s3-v1, goog-v1 oder low (nur https).</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="245"/>
        <source>add: bucket addressing: virtual-host, path or auto.</source>
        <translation>add: Bucket-Adressierung: virtual-host, path oder auto.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="246"/>
        <source>add: the EC2 API Version to send.</source>
        <translation>add: die zu sendende EC2-API-Version.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="247"/>
        <source>add: a PEM file of extra trusted CAs.</source>
        <translation>add: eine PEM-Datei mit zusätzlichen vertrauenswürdigen Zertifizierungsstellen.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="248"/>
        <source>add: trust the certificate with this SHA-256 fingerprint.</source>
        <translation>add: dem Zertifikat mit diesem SHA-256-Fingerabdruck vertrauen.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="249"/>
        <source>add: refuse every upload, delete and bucket change on this cloud.</source>
        <translation>add: jedes Hochladen, Löschen und jede Bucket-Änderung in dieser Cloud verweigern.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="260"/>
        <source>unknown --%1 &apos;%2&apos;</source>
        <translation>unbekanntes --%1 „%2“</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="271"/>
        <source>unknown --addressing &apos;%1&apos;</source>
        <translation>unbekanntes --addressing „%1“</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="292"/>
        <source>Lists, shows, adds, imports, tests and removes cloud profiles. Secrets go to the OS keychain, never to the profile file.</source>
        <translation>Listet, zeigt, fügt hinzu, importiert, testet und entfernt Cloud-Profile. Geheimnisse kommen in den Schlüsselbund des Betriebssystems, nie in die Profildatei.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="296"/>
        <source>list, show NAME, add NAME, import SOURCE [FILE], test NAME, remove NAME</source>
        <translation>list, show NAME, add NAME, import QUELLE [DATEI], test NAME, remove NAME</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="297"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="299"/>
        <source>import: show what would be imported, store nothing.</source>
        <translation>import: zeigen, was importiert würde, nichts speichern.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="300"/>
        <source>import aws: the config file.</source>
        <translation>import aws: die Konfigurationsdatei.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="302"/>
        <source>add: aws, eucalyptus, gcs, internet-archive, s3-compatible or sandbox.</source>
        <translation>add: aws, eucalyptus, gcs, internet-archive, s3-compatible oder sandbox.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="305"/>
        <source>add: the endpoint (S3 and EC2 for the sandbox, the host for Eucalyptus).</source>
        <translation>add: der Endpunkt (S3 und EC2 bei der Sandbox, der Host bei Eucalyptus).</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="307"/>
        <source>add: the default region.</source>
        <translation>add: die Standardregion.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="309"/>
        <source>add: store AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY from the environment as this profile&apos;s keys.</source>
        <translation>add: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY aus der Umgebung als Schlüssel dieses Profils speichern.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="312"/>
        <source>Milliseconds to wait for the keychain (default 5000).</source>
        <translation>Millisekunden, die auf den Schlüsselbund gewartet wird (Standard 5000).</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="319"/>
        <source>an action is needed: list, show, add, import, test or remove</source>
        <translation>eine Aktion wird benötigt: list, show, add, import, test oder remove</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="343"/>
        <source>add needs --provider aws|eucalyptus|gcs|internet-archive|s3-compatible|sandbox</source>
        <translation>add benötigt --provider aws|eucalyptus|gcs|internet-archive|s3-compatible|sandbox</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="360"/>
        <source>--key-from-env: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set</source>
        <translation>--key-from-env: AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY sind nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/profilescommand.cpp" line="367"/>
        <source>unknown or incomplete action &apos;%1&apos;</source>
        <translation>unbekannte oder unvollständige Aktion „%1“</translation>
    </message>
</context>
<context>
    <name>sign</name>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="46"/>
        <source>Signs a raw HTTP/1.1 request and prints the canonical request, the string to sign, the signature or the signed request, byte for byte.</source>
        <translation>Signiert eine rohe HTTP/1.1-Anfrage und gibt die kanonische Anfrage, den zu signierenden String, die Signatur oder die signierte Anfrage Byte für Byte aus.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="58"/>
        <source>The raw HTTP request to sign (&apos;-&apos; for standard input).</source>
        <translation>Die zu signierende rohe HTTP-Anfrage („-“ für die Standardeingabe).</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="60"/>
        <source>The access key id.</source>
        <translation>Die ID des Zugriffsschlüssels.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="62"/>
        <source>The secret key (visible to every user in the process list: prefer AWS_SECRET_ACCESS_KEY in the environment).</source>
        <translation>Der geheime Schlüssel (für jeden Benutzer in der Prozessliste sichtbar: besser AWS_SECRET_ACCESS_KEY in der Umgebung).</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="67"/>
        <source>A session token (or AWS_SESSION_TOKEN in the environment).</source>
        <translation>Ein Sitzungstoken (oder AWS_SESSION_TOKEN in der Umgebung).</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="70"/>
        <source>The region in the credential scope.</source>
        <translation>Die Region im Credential Scope.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="72"/>
        <source>The service name in the credential scope (s3, ec2…).</source>
        <translation>Der Dienstname im Credential Scope (s3, ec2 …).</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="74"/>
        <source>The signing time: 2015-08-30T12:36:00Z or 20150830T123600Z.</source>
        <translation>Die Signaturzeit: 2015-08-30T12:36:00Z oder 20150830T123600Z.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="77"/>
        <source>v4 (default), v4-s3, v2, v2-sha1, s3-v1, goog-v1 or low.</source>
        <translation>v4 (Standard), v4-s3, v2, v2-sha1, s3-v1, goog-v1 oder low.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="80"/>
        <source>header (default) or query (presigned).</source>
        <translation>header (Standard) oder query (vorsigniert).</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="82"/>
        <source>Seconds a presigned request stays valid (default 3600).</source>
        <translation>Sekunden, die eine vorsignierte Anfrage gültig bleibt (Standard 3600).</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="85"/>
        <source>SigV4 generic rules: do not normalise the path.</source>
        <translation>Allgemeine SigV4-Regeln: den Pfad nicht normalisieren.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="87"/>
        <source>SigV4 generic rules: add and sign x-amz-content-sha256.</source>
        <translation>Allgemeine SigV4-Regeln: x-amz-content-sha256 hinzufügen und signieren.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="89"/>
        <source>SigV4 S3 rules: sign UNSIGNED-PAYLOAD.</source>
        <translation>S3-Regeln von SigV4: UNSIGNED-PAYLOAD signieren.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="91"/>
        <source>Query SigV2: sign the host without its port.</source>
        <translation>Query SigV2: den Host ohne seinen Port signieren.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="92"/>
        <source>https (default) or http.</source>
        <translation>https (Standard) oder http.</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="94"/>
        <source>canonical-request, string-to-sign, signature, signed-request or all (default).</source>
        <translation>canonical-request, string-to-sign, signature, signed-request oder all (Standard).</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="108"/>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="115"/>
        <source>the secret key is required: AWS_SECRET_ACCESS_KEY</source>
        <translation>der geheime Schlüssel ist erforderlich: AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="119"/>
        <source>warning: --secret-key shows the secret in the process list; use AWS_SECRET_ACCESS_KEY</source>
        <translation>Warnung: --secret-key zeigt das Geheimnis in der Prozessliste; verwenden Sie AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="128"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="139"/>
        <source>unknown algorithm %1</source>
        <translation>unbekannter Algorithmus %1</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="143"/>
        <source>--mode is header or query</source>
        <translation>--mode ist header oder query</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="153"/>
        <source>cannot read the time %1</source>
        <translation>die Zeit %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="160"/>
        <source>--expires takes a number of seconds</source>
        <translation>--expires erwartet eine Anzahl Sekunden</translation>
    </message>
    <message>
        <location filename="../app/skylight-cli/signcommand.cpp" line="185"/>
        <source>unknown --print part %1</source>
        <translation>unbekannter --print-Teil %1</translation>
    </message>
</context>
</TS>
