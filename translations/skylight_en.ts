<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppSettings</name>
    <message numerus="yes">
        <location filename="../ui/settings/appsettings.cpp" line="127"/>
        <source>At most %n reminder lead times.</source>
        <translation>
            <numerusform>At most %n reminder lead time.</numerusform>
            <numerusform>At most %n reminder lead times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message numerus="yes">
        <location filename="../ui/browserpage.cpp" line="407"/>
        <source>Uploading %n item(s) to %1</source>
        <translation>
            <numerusform>Uploading %n item to %1</numerusform>
            <numerusform>Uploading %n items to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browserpage.cpp" line="421"/>
        <source>Downloading %n item(s) for the drag…</source>
        <translation>
            <numerusform>Downloading %n item for the drag…</numerusform>
            <numerusform>Downloading %n items for the drag…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browserpage.cpp" line="475"/>
        <source>Downloading %n item(s)</source>
        <translation>
            <numerusform>Downloading %n item</numerusform>
            <numerusform>Downloading %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browserpage.cpp" line="549"/>
        <source>Moving %n item(s) to %1…</source>
        <translation>
            <numerusform>Moving %n item to %1…</numerusform>
            <numerusform>Moving %n items to %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browserpage.cpp" line="552"/>
        <source>%n object(s) moved</source>
        <translation>
            <numerusform>%n object moved</numerusform>
            <numerusform>%n objects moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browserpage.cpp" line="553"/>
        <source>%n object(s) moved; %1</source>
        <translation>
            <numerusform>%n object moved; %1</numerusform>
            <numerusform>%n objects moved; %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowserStatusLine</name>
    <message numerus="yes">
        <location filename="../ui/browserstatusline.cpp" line="48"/>
        <source>Listing… %n item(s) so far</source>
        <translation>
            <numerusform>Listing… %n item so far</numerusform>
            <numerusform>Listing… %n items so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browserstatusline.cpp" line="49"/>
        <source>%n item(s); scroll for more</source>
        <translation>
            <numerusform>%n item; scroll for more</numerusform>
            <numerusform>%n items; scroll for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browserstatusline.cpp" line="50"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browserstatusline.cpp" line="55"/>
        <source>%n bucket(s)</source>
        <translation>
            <numerusform>%n bucket</numerusform>
            <numerusform>%n buckets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ec2Paging</name>
    <message numerus="yes">
        <location filename="../core/ec2/ec2paging.cpp" line="24"/>
        <source>EC2 answered the same NextToken twice; stopped after %n page(s)</source>
        <translation>
            <numerusform>EC2 answered the same NextToken twice; stopped after %n page</numerusform>
            <numerusform>EC2 answered the same NextToken twice; stopped after %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncompleteUploadsDialog</name>
    <message numerus="yes">
        <location filename="../ui/incompleteuploadsdialog.cpp" line="143"/>
        <source>The listing sent markers it had sent before; stopped after %n upload(s).</source>
        <translation>
            <numerusform>The listing sent markers it had sent before; stopped after %n upload.</numerusform>
            <numerusform>The listing sent markers it had sent before; stopped after %n uploads.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/incompleteuploadsdialog.cpp" line="151"/>
        <source>%n upload(s) so far…</source>
        <translation>
            <numerusform>%n upload so far…</numerusform>
            <numerusform>%n uploads so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/incompleteuploadsdialog.cpp" line="156"/>
        <source>%n incomplete upload(s).</source>
        <translation>
            <numerusform>%n incomplete upload.</numerusform>
            <numerusform>%n incomplete uploads.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/incompleteuploadsdialog.cpp" line="177"/>
        <source>Abort all %n incomplete upload(s) in %1? Their stored parts are deleted.</source>
        <translation>
            <numerusform>Abort the %n incomplete upload in %1? Its stored parts are deleted.</numerusform>
            <numerusform>Abort all %n incomplete uploads in %1? Their stored parts are deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/incompleteuploadsdialog.cpp" line="202"/>
        <source>%n aborted.</source>
        <translation>
            <numerusform>%n aborted.</numerusform>
            <numerusform>%n aborted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="288"/>
        <source>%n cloud(s)</source>
        <translation>
            <numerusform>%n cloud</numerusform>
            <numerusform>%n clouds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectDeleter</name>
    <message numerus="yes">
        <location filename="../ui/objectdeleter.cpp" line="51"/>
        <source>Delete %n object(s) (%1) from %2?</source>
        <translation>
            <numerusform>Delete %n object (%1) from %2?</numerusform>
            <numerusform>Delete %n objects (%1) from %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/objectdeleter.cpp" line="52"/>
        <source>Delete %n object(s) (%1) from %2, including everything in %3 folder(s)?</source>
        <translation>
            <numerusform>Delete %n object (%1) from %2, including everything in %3 folder(s)?</numerusform>
            <numerusform>Delete %n objects (%1) from %2, including everything in %3 folder(s)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/objectdeleter.cpp" line="64"/>
        <source>Deleting %n object(s)…</source>
        <translation>
            <numerusform>Deleting %n object…</numerusform>
            <numerusform>Deleting %n objects…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/objectdeleter.cpp" line="71"/>
        <source>%n could not be deleted, the first: %1</source>
        <translation>
            <numerusform>%n could not be deleted: %1</numerusform>
            <numerusform>%n could not be deleted, the first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/objectdeleter.cpp" line="74"/>
        <source>%n object(s) deleted</source>
        <translation>
            <numerusform>%n object deleted</numerusform>
            <numerusform>%n objects deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/objectdeleter.cpp" line="75"/>
        <source>%n object(s) deleted; %1</source>
        <translation>
            <numerusform>%n object deleted; %1</numerusform>
            <numerusform>%n objects deleted; %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectDropHandler</name>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="49"/>
        <source>Drop to move %n item(s) into %1</source>
        <translation>
            <numerusform>Drop to move %n item into %1</numerusform>
            <numerusform>Drop to move %n items into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="50"/>
        <source>Drop to copy %n item(s) into %1 (hold Shift to move)</source>
        <translation>
            <numerusform>Drop to copy %n item into %1 (hold Shift to move)</numerusform>
            <numerusform>Drop to copy %n items into %1 (hold Shift to move)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="82"/>
        <source>Moving %n item(s) to %1…</source>
        <translation>
            <numerusform>Moving %n item to %1…</numerusform>
            <numerusform>Moving %n items to %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="83"/>
        <source>Copying %n item(s) to %1…</source>
        <translation>
            <numerusform>Copying %n item to %1…</numerusform>
            <numerusform>Copying %n items to %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="98"/>
        <source>Moving %n item(s) to %1 through this computer…</source>
        <translation>
            <numerusform>Moving %n item to %1 through this computer…</numerusform>
            <numerusform>Moving %n items to %1 through this computer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="99"/>
        <source>Copying %n item(s) to %1 through this computer…</source>
        <translation>
            <numerusform>Copying %n item to %1 through this computer…</numerusform>
            <numerusform>Copying %n items to %1 through this computer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="108"/>
        <source>%n object(s) moved</source>
        <translation>
            <numerusform>%n object moved</numerusform>
            <numerusform>%n objects moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="108"/>
        <source>%n object(s) copied</source>
        <translation>
            <numerusform>%n object copied</numerusform>
            <numerusform>%n objects copied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="110"/>
        <source>%n object(s) moved; %1</source>
        <translation>
            <numerusform>%n object moved; %1</numerusform>
            <numerusform>%n objects moved; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dnd/objectdrophandler.cpp" line="111"/>
        <source>%n object(s) copied; %1</source>
        <translation>
            <numerusform>%n object copied; %1</numerusform>
            <numerusform>%n objects copied; %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectPickerDialog</name>
    <message numerus="yes">
        <location filename="../ui/website/objectpickerdialog.cpp" line="75"/>
        <source>The first %n objects; type to filter them.</source>
        <translation>
            <numerusform>The first %n object; type to filter it.</numerusform>
            <numerusform>The first %n objects; type to filter them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/website/objectpickerdialog.cpp" line="76"/>
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message numerus="yes">
        <location filename="../ui/remindernotifier.cpp" line="25"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/remindernotifier.cpp" line="26"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message numerus="yes">
        <location filename="../ui/settings/schedulepage.cpp" line="74"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/schedulepage.cpp" line="76"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/schedulepage.cpp" line="77"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message numerus="yes">
        <location filename="../ui/schedulepanel.cpp" line="306"/>
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>%n event written to %1</numerusform>
            <numerusform>%n events written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceTestOutcome</name>
    <message numerus="yes">
        <location filename="../core/clouds/connectiontester.cpp" line="128"/>
        <source>%1: OK, %n bucket(s)</source>
        <translation>
            <numerusform>%1: OK, %n bucket</numerusform>
            <numerusform>%1: OK, %n buckets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransfersDock</name>
    <message numerus="yes">
        <location filename="../ui/transfersdock.cpp" line="116"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transfersdock.cpp" line="118"/>
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transfersdock.cpp" line="120"/>
        <source>%n paused</source>
        <translation>
            <numerusform>%n paused</numerusform>
            <numerusform>%n paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transfersdock.cpp" line="122"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transfersdock.cpp" line="124"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transfersdock.cpp" line="126"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransfersModel</name>
    <message numerus="yes">
        <location filename="../ui/transfersmodel.cpp" line="95"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="80"/>
        <source>%n upcoming maintenance event(s)</source>
        <translation>
            <numerusform>%n upcoming maintenance event</numerusform>
            <numerusform>%n upcoming maintenance events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="119"/>
        <source>%n more…</source>
        <translation>
            <numerusform>%n more…</numerusform>
            <numerusform>%n more…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsageDialog</name>
    <message numerus="yes">
        <location filename="../ui/usagedialog.cpp" line="118"/>
        <source>%n sub-folder(s)</source>
        <translation>
            <numerusform>%n sub-folder</numerusform>
            <numerusform>%n sub-folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/usagedialog.cpp" line="119"/>
        <source>%n storage class(es)</source>
        <translation>
            <numerusform>%n storage class</numerusform>
            <numerusform>%n storage classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/usagedialog.cpp" line="142"/>
        <source>%n others</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebsitePublisher</name>
    <message numerus="yes">
        <location filename="../core/website/websitepublisher.cpp" line="92"/>
        <source>%n file(s) to upload</source>
        <translation>
            <numerusform>%n file to upload</numerusform>
            <numerusform>%n files to upload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/website/websitepublisher.cpp" line="137"/>
        <source>Deleting %n removed file(s)…</source>
        <translation>
            <numerusform>Deleting %n removed file…</numerusform>
            <numerusform>Deleting %n removed files…</numerusform>
        </translation>
    </message>
</context>
</TS>
