<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AbsenteesModel</name>
    <message>
        <location filename="../../ui/leave_model.py" line="308"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="309"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="310"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="311"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="312"/>
        <source>This day</source>
        <translation>当日</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="313"/>
        <source>From – to</source>
        <translation>起止时间</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="314"/>
        <source>Substitute</source>
        <translation>替岗人员</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="315"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="318"/>
        <source>All day, one session, or an outing&apos;s clock times</source>
        <translation>全天、半天，或临时外出的起止时刻</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="319"/>
        <source>Who covers the window (替岗人员)</source>
        <translation>顶岗的人（替岗人员）</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../ui/users_dialog.py" line="191"/>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="191"/>
        <source>&amp;Add user</source>
        <translation>添加用户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="192"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="194"/>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="196"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="197"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="198"/>
        <source>R&amp;epeat the password:</source>
        <translation>确认密码(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/application.py" line="93"/>
        <location filename="../../ui/application.py" line="189"/>
        <location filename="../../ui/application.py" line="240"/>
        <location filename="../../ui/application.py" line="350"/>
        <source>HallDesk</source>
        <translation>服务大厅窗口人员管理系统</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="95"/>
        <source>Something unexpected went wrong. HallDesk keeps running, and what was saved before is safe; the last action may not have been completed.</source>
        <translation>发生意外错误。本系统仍在运行，此前已保存的内容不受影响；最后一步操作可能未完成。</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="101"/>
        <source>The error was: {error}</source>
        <translation>错误信息：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="105"/>
        <source>The details were written to {file}.</source>
        <translation>详细信息已记录在 {file}。</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="190"/>
        <source>HallDesk cannot open its database.</source>
        <translation>本系统无法打开数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="194"/>
        <source>The newest good backup was taken on {time}. Restoring it puts it in place of the damaged file, which is kept beside it under a dated name; what was recorded after the backup is not in it.</source>
        <translation>最新的完好备份生成于 {time}。恢复后由它替换已损坏的数据库文件，损坏的文件以带日期的名称保留在同一文件夹中；该备份之后录入的内容不在其中。</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="201"/>
        <location filename="../../ui/application.py" line="260"/>
        <source>&amp;Restore the newest good backup</source>
        <translation>恢复最新的完好备份(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="206"/>
        <source>&amp;Choose another database file…</source>
        <translation>选择其他数据库文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="210"/>
        <location filename="../../ui/application.py" line="282"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="224"/>
        <source>Choose the database file</source>
        <translation>选择数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="226"/>
        <source>HallDesk database (*.db);;All files (*)</source>
        <translation>数据库文件 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="241"/>
        <source>The database file is damaged.</source>
        <translation>数据库文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="243"/>
        <source>SQLite found damage in {file}. HallDesk writes nothing more to it: you can still look things up, but nothing can be saved.</source>
        <translation>SQLite 在 {file} 中发现损坏。本系统不再向该文件写入：仍可查阅数据，但无法保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="252"/>
        <source>Restore the newest good backup, taken on {time}? What was recorded after it is not in it. The damaged file is kept beside it under a dated name, and everyone logs in again.</source>
        <translation>是否恢复最新的完好备份（生成于 {time}）？该备份之后录入的内容不在其中。损坏的文件以带日期的名称保留在同一文件夹中，恢复后所有人需重新登录。</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="265"/>
        <source>Call the administrator: they can restore the newest good backup, taken on {time}.</source>
        <translation>请联系管理员：管理员可以恢复最新的完好备份（生成于 {time}）。</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="272"/>
        <source>There is no good backup to restore. Call the administrator.</source>
        <translation>没有可供恢复的完好备份。请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="279"/>
        <source>&amp;Keep reading</source>
        <translation>继续查阅(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="308"/>
        <source>an unexpected error (see the log file)</source>
        <translation>发生意外错误（详见日志文件）</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="351"/>
        <source>The backup taken on {time} was restored. The damaged file is kept as:
{file}</source>
        <translation>已恢复生成于 {time} 的备份。损坏的文件已保留为：
{file}</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <location filename="../../app/attendance.py" line="219"/>
        <source>on approved leave (slip {slip}, {kind})</source>
        <translation>已批准请假（请假条 {slip}，{kind}）</translation>
    </message>
    <message>
        <location filename="../../app/attendance.py" line="222"/>
        <source>no punch between {start} and {end}, no approved leave</source>
        <translation>{start}至{end}之间无打卡记录，且无已批准的请假</translation>
    </message>
    <message>
        <location filename="../../app/attendance.py" line="225"/>
        <source>no clock-in for the session {start}–{end}</source>
        <translation>{start}–{end}时段无签到记录</translation>
    </message>
    <message>
        <location filename="../../app/attendance.py" line="227"/>
        <source>no clock-out for the session {start}–{end}</source>
        <translation>{start}–{end}时段无签退记录</translation>
    </message>
    <message>
        <location filename="../../app/attendance.py" line="230"/>
        <source>clock-in {time} after {start}</source>
        <translation>签到时间{time}晚于{start}</translation>
    </message>
    <message>
        <location filename="../../app/attendance.py" line="232"/>
        <source>clock-in {time} after {start} plus {grace} minutes&apos; grace</source>
        <translation>签到时间{time}晚于{start}（含{grace}分钟宽限）</translation>
    </message>
    <message>
        <location filename="../../app/attendance.py" line="237"/>
        <source>clock-out {time} before {end}</source>
        <translation>签退时间{time}早于{end}</translation>
    </message>
    <message>
        <location filename="../../app/attendance.py" line="239"/>
        <source>clock-out {time} before {end} less {grace} minutes&apos; grace</source>
        <translation>签退时间{time}早于{end}（含{grace}分钟宽限）</translation>
    </message>
    <message>
        <location filename="../../app/attendance.py" line="243"/>
        <source>clock-in {in}, clock-out {out}</source>
        <translation>签到{in}，签退{out}</translation>
    </message>
    <message>
        <location filename="../../app/attendance.py" line="246"/>
        <source>session {start}–{end} not over yet, no punch so far</source>
        <translation>{start}–{end}时段尚未结束，目前无打卡记录</translation>
    </message>
    <message>
        <location filename="../../app/attendance.py" line="249"/>
        <source>session not over yet (punched {time})</source>
        <translation>时段尚未结束（已打卡 {time}）</translation>
    </message>
    <message>
        <location filename="../../app/attendance.py" line="252"/>
        <source>clock-in corrected to {time} (approved by {by})</source>
        <translation>签到已补卡为{time}（{by}批准）</translation>
    </message>
    <message>
        <location filename="../../app/attendance.py" line="254"/>
        <source>clock-out corrected to {time} (approved by {by})</source>
        <translation>签退已补卡为{time}（{by}批准）</translation>
    </message>
    <message>
        <location filename="../../app/attendance.py" line="257"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../app/attendance.py" line="262"/>
        <source>on time</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../app/attendance.py" line="263"/>
        <source>late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../../app/attendance.py" line="264"/>
        <source>early leave</source>
        <translation>早退</translation>
    </message>
    <message>
        <location filename="../../app/attendance.py" line="265"/>
        <source>late and early leave</source>
        <translation>迟到且早退</translation>
    </message>
    <message>
        <location filename="../../app/attendance.py" line="266"/>
        <source>missing punch</source>
        <translation>缺卡</translation>
    </message>
    <message>
        <location filename="../../app/attendance.py" line="267"/>
        <source>absent without leave</source>
        <translation>旷工</translation>
    </message>
    <message>
        <location filename="../../app/attendance.py" line="268"/>
        <source>leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../app/attendance.py" line="269"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../ui/attendance_model.py" line="65"/>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_model.py" line="66"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_model.py" line="67"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_model.py" line="68"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_model.py" line="69"/>
        <source>AM in</source>
        <translation>上午签到</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_model.py" line="70"/>
        <source>AM out</source>
        <translation>上午签退</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_model.py" line="71"/>
        <source>AM status</source>
        <translation>上午考勤</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_model.py" line="72"/>
        <source>PM in</source>
        <translation>下午签到</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_model.py" line="73"/>
        <source>PM out</source>
        <translation>下午签退</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_model.py" line="74"/>
        <source>PM status</source>
        <translation>下午考勤</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_model.py" line="76"/>
        <source>Type a time from the paper sign-in sheet (0801 for 08:01) and press Enter. * marks a corrected time (punch correction).</source>
        <translation>输入纸质签到表上的时间（0801 即 08:01）后按回车。* 表示经补卡更正的时间。</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_model.py" line="87"/>
        <source>The morning session&apos;s status; hover for why</source>
        <translation>上午的考勤结果；鼠标悬停可查看原因</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_model.py" line="88"/>
        <source>The afternoon session&apos;s status; hover for why</source>
        <translation>下午的考勤结果；鼠标悬停可查看原因</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_model.py" line="101"/>
        <source>morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_model.py" line="102"/>
        <source>afternoon</source>
        <translation>下午</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_model.py" line="105"/>
        <source>clock-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_model.py" line="106"/>
        <source>clock-out</source>
        <translation>签退</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_model.py" line="410"/>
        <source>{session}, {start}–{end}: {status}
{why}</source>
        <translation>{session} {start}–{end}：{status}
{why}</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_model.py" line="429"/>
        <source>{time} ({source})</source>
        <translation>{time}（{source}）</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_model.py" line="435"/>
        <source>Punches of the day: {punches}</source>
        <translation>当天打卡记录：{punches}</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_model.py" line="440"/>
        <source>No punches recorded this day.</source>
        <translation>当天没有打卡记录。</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_model.py" line="443"/>
        <source>Correction to {time} asked by {user}, waiting for approval: {reason}</source>
        <translation>{user} 申请补卡为 {time}，待审批：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_model.py" line="449"/>
        <source>On leave: times are not entered for this session.</source>
        <translation>请假中：本时段不录入时间。</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../ui/attendance_tab.py" line="80"/>
        <source>Import punches</source>
        <translation>导入打卡记录</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="82"/>
        <source>Punch files (*.dat *.csv *.xlsx);;Clock-in terminal download (*.dat);;CSV file (*.csv);;Excel workbook (*.xlsx);;All files (*)</source>
        <translation>打卡记录文件 (*.dat *.csv *.xlsx);;考勤机导出文件 (*.dat);;CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="113"/>
        <source>PgUp / PgDn or Alt+Left / Alt+Right: previous or next workday</source>
        <translation>PgUp / PgDn 或 Alt+← / Alt+→：上一个或下一个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="115"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="117"/>
        <source>Previous workday (PgUp or Alt+Left)</source>
        <translation>上一个工作日（PgUp 或 Alt+←）</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="118"/>
        <source>Next workday (PgDn or Alt+Right)</source>
        <translation>下一个工作日（PgDn 或 Alt+→）</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="119"/>
        <source>T&amp;oday</source>
        <translation>今天(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="119"/>
        <source>Show today</source>
        <translation>显示今天</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="151"/>
        <source>Search name, staff number, window or pinyin (e.g. zs)</source>
        <translation>搜索姓名、工号、窗口或拼音（如 zs）</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="153"/>
        <source>Ctrl+F. Down or Enter moves to the grid; Esc clears.</source>
        <translation>Ctrl+F。按↓或回车进入表格；Esc 清空。</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="156"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="158"/>
        <source>E&amp;xceptions only</source>
        <translation>只看异常(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="160"/>
        <source>Hide the staff whose two sessions are both on time or on leave</source>
        <translation>隐藏上午、下午均正常或请假的人员</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="176"/>
        <source>Ask for a clock-in or clock-out of the chosen person to be corrected (补卡)</source>
        <translation>为选中人员申请补签到或补签退（补卡）</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="180"/>
        <source>The chosen person&apos;s attendance over any dates (or double-click the name)</source>
        <translation>选中人员任意日期范围内的考勤（或双击姓名）</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="183"/>
        <source>Import &amp;punches…</source>
        <translation>导入打卡记录(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="184"/>
        <source>Import the clock-in terminal&apos;s download (.dat) or a punch sheet (.csv, .xlsx)</source>
        <translation>导入考勤机导出文件（.dat）或打卡表（.csv、.xlsx）</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="186"/>
        <source>Read the day again (F5)</source>
        <translation>重新读取当天考勤（F5）</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="331"/>
        <source>hours {am_start}–{am_end} and {pm_start}–{pm_end}</source>
        <translation>作息时间 {am_start}–{am_end}、{pm_start}–{pm_end}</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="344"/>
        <source>make-up workday ({name})</source>
        <translation>调休上班（{name}）</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="346"/>
        <source>make-up workday</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="349"/>
        <source>workday</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="352"/>
        <source>public holiday: {name}</source>
        <translation>法定节假日：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="354"/>
        <source>public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="356"/>
        <source>rest day</source>
        <translation>休息日</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="338"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="175"/>
        <source>Request co&amp;rrection…</source>
        <translation>申请补卡(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="179"/>
        <source>His&amp;tory…</source>
        <translation>考勤历史(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="186"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="361"/>
        <source>{weekday} {date} is not a workday ({reason}).</source>
        <translation>{date}（{weekday}）不是工作日（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="366"/>
        <source>{weekday} {date} is still ahead: its attendance shows once the day has begun.</source>
        <translation>{date}（{weekday}）还未到来：当天开始后才显示考勤。</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="370"/>
        <source>No work schedule covers {date}: the administrator sets the hours of each season.</source>
        <translation>{date} 没有对应的作息时间：请管理员设置各季节的作息时间。</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="372"/>
        <source>Nobody was employed on {weekday} {date}, so there is no attendance to show.</source>
        <translation>{date}（{weekday}）没有在岗人员，没有考勤可显示。</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="382"/>
        <source>Sessions: {late} late · {early} early leave · {absent} absent without leave · {missing} missing punch · {leave} on leave — {shown} of {total} staff shown</source>
        <translation>时段统计：迟到 {late} · 早退 {early} · 旷工 {absent} · 缺卡 {missing} · 请假 {leave} — 显示 {shown} / {total} 人</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="398"/>
        <source>Nobody on {date} matches “{query}”.</source>
        <translation>{date} 没有与“{query}”匹配的人员。</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="403"/>
        <source>No exceptions on {date}: every session is on time, on leave or still in progress.</source>
        <translation>{date} 没有异常：所有时段均正常、请假或尚未结束。</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="510"/>
        <source>A recorded time is never removed. To change it, ask for a punch correction.</source>
        <translation>已记录的时间不能删除。如需更改，请申请补卡。</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="521"/>
        <source>“{text}” is not a time. Type it as 0801 or 08:01 (hours 0–23, minutes 0–59).</source>
        <translation>“{text}”不是有效时间。请按 0801 或 08:01 输入（时 0–23，分 0–59）。</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="533"/>
        <source>{name} already has a {which} at {current}: ask for a correction to {time}.</source>
        <translation>{name} 已有 {current} 的{which}记录：请申请补卡改为 {time}。</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="563"/>
        <source>{time} recorded for {name} from the paper sign-in sheet.</source>
        <translation>已按纸质签到表为 {name} 记录 {time}。</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="568"/>
        <source>It counts as the {session} {which}.</source>
        <translation>该时间计为{session}{which}。</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="572"/>
        <source>The times shown do not change: the punches already there count first.</source>
        <translation>显示的时间不变：已有的打卡记录优先。</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="612"/>
        <source>Correction for {name} requested: {which} {time} ({session}). It counts once a leader approves it.</source>
        <translation>已为 {name} 申请补卡：{session}{which} {time}。带班领导审批后生效。</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="648"/>
        <source>{name} ({staff_no})</source>
        <translation>{name}（{staff_no}）</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="667"/>
        <source>Importing punches from {file}…</source>
        <translation>正在从 {file} 导入打卡记录…</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_tab.py" line="675"/>
        <source>Punches imported</source>
        <translation>打卡记录已导入</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <location filename="../../app/auth.py" line="114"/>
        <source>Your role ({role}) may not do this: {what}.</source>
        <translation>您的角色（{role}）没有此项权限：{what}。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="171"/>
        <source>The password needs at least {n} characters.</source>
        <translation>密码至少需要{n}个字符。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="174"/>
        <source>The password may not be the user name.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="182"/>
        <source>A user name is required.</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="185"/>
        <source>A user name has at most 50 characters and no spaces.</source>
        <translation>用户名最多50个字符，且不能包含空格。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="190"/>
        <source>The user name &apos;{name}&apos; is taken.</source>
        <translation>用户名“{name}”已被占用。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="199"/>
        <source>Unknown role &apos;{role}&apos;. Roles: {roles}.</source>
        <translation>未知角色“{role}”。可选角色：{roles}。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="227"/>
        <source>This database already has accounts; log in instead.</source>
        <translation>该数据库已有用户账户，请直接登录。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="259"/>
        <source>No such user.</source>
        <translation>该用户不存在。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="279"/>
        <location filename="../../app/auth.py" line="322"/>
        <source>HallDesk needs at least one administrator.</source>
        <translation>系统至少需要保留一名系统管理员。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="308"/>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="316"/>
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="320"/>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="338"/>
        <source>Too many wrong passwords: this account is locked until {time}.</source>
        <translation>密码错误次数过多，该账户已锁定至{time}。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="346"/>
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="348"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="353"/>
        <source>This account is disabled.</source>
        <translation>该账户已停用。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../app/backup.py" line="67"/>
        <source>Backups cannot be written to {folder}: choose a folder this PC may write to.</source>
        <translation>无法向 {folder} 写入备份，请选择本机可以写入的文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="77"/>
        <source>Keep backups for {low} to {high} days.</source>
        <translation>备份保留天数应为 {low} 至 {high} 天。</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="103"/>
        <source>This hall&apos;s database is on a PostgreSQL server: it is backed up there with pg_dump (see README).</source>
        <translation>本大厅的数据库在 PostgreSQL 服务器上，请在服务器上用 pg_dump 备份（见 README）。</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="136"/>
        <location filename="../../app/backup.py" line="151"/>
        <source>the file is damaged ({detail})</source>
        <translation>文件已损坏（{detail}）</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="144"/>
        <source>it is not a HallDesk database</source>
        <translation>该文件不是本系统的数据库</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="148"/>
        <source>it was written by a newer HallDesk</source>
        <translation>该文件由更新版本的本系统写入</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="179"/>
        <source>The copy could not be checked: {problem}.</source>
        <translation>备份副本未通过校验：{problem}。</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="185"/>
        <location filename="../../app/backup.py" line="193"/>
        <source>Cannot write the backup to {folder}: {error}</source>
        <translation>无法将备份写入 {folder}：{error}</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="251"/>
        <source>Today&apos;s backup of the database could not be taken: {problem}.</source>
        <translation>今日数据库备份未能完成：{problem}。</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="259"/>
        <source>There is no backup to fall back on.</source>
        <translation>目前没有可以恢复的备份。</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="261"/>
        <source>The newest backup was taken on {time}.</source>
        <translation>最近一次备份时间为{time}。</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="264"/>
        <source>Ask the administrator to check the backups folder (Hall settings ▸ This PC).</source>
        <translation>请系统管理员检查备份文件夹（大厅设置 ▸ 本机）。</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="266"/>
        <source>{failed} {after} {ask}</source>
        <translation>{failed}{after}{ask}</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="278"/>
        <source>The file {file} does not exist.</source>
        <translation>文件 {file} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="283"/>
        <source>{file} cannot be restored: {problem}.</source>
        <translation>无法从 {file} 恢复：{problem}。</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="305"/>
        <source>The restore failed and the database is unchanged: {error}</source>
        <translation>恢复失败，数据库未作任何改动：{error}</translation>
    </message>
    <message>
        <location filename="../../app/backup.py" line="362"/>
        <source>The restore failed and the database file is unchanged: {error}</source>
        <translation>恢复失败，数据库文件未作任何改动：{error}</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../ui/backup_actions.py" line="29"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="30"/>
        <source>The database was copied and the copy checked:
{file}</source>
        <translation>数据库已备份，备份副本已通过校验：
{file}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="36"/>
        <source>Copying the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="47"/>
        <location filename="../../ui/backup_actions.py" line="61"/>
        <location filename="../../ui/backup_actions.py" line="71"/>
        <location filename="../../ui/backup_actions.py" line="81"/>
        <location filename="../../ui/backup_actions.py" line="109"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="49"/>
        <source>HallDesk backups (*.sqlite);;All files (*)</source>
        <translation>本系统备份 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="54"/>
        <source>The database file is damaged. Put the backup {file} in its place?

Everything recorded since that backup is replaced; the damaged file is kept beside it under a dated name. Everyone logs in again.</source>
        <translation>数据库文件已损坏。确定用备份 {file} 替换它吗？

该备份之后录入的全部内容都将被替换；损坏的文件以带日期的名称保留在同一文件夹中。恢复后所有人需重新登录。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="65"/>
        <source>Replace the whole database with the backup {file}?

Everything recorded since that backup is replaced; the database as it is now is saved first in the backup folder. Everyone logs in again.</source>
        <translation>确定用备份 {file} 替换整个数据库吗？

该备份之后录入的全部内容都将被替换；当前数据库会先保存到备份文件夹。恢复后所有人需重新登录。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="82"/>
        <source>The backup was restored. The database as it was is saved in:
{file}</source>
        <translation>已从备份恢复。恢复前的数据库已保存为：
{file}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="89"/>
        <source>Restoring the backup…</source>
        <translation>正在从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="110"/>
        <source>The backup was restored. The damaged database file is kept as:
{file}
Everyone logs in again.</source>
        <translation>已从备份恢复。损坏的数据库文件已保留为：
{file}
所有人需重新登录。</translation>
    </message>
</context>
<context>
    <name>BackupFailedBar</name>
    <message>
        <location filename="../../ui/warning_bars.py" line="88"/>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>BalancesModel</name>
    <message>
        <location filename="../../ui/leave_model.py" line="398"/>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="399"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="400"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="401"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="402"/>
        <source>Days taken</source>
        <translation>已休天数</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="403"/>
        <source>Entitlement</source>
        <translation>应休天数</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="404"/>
        <source>Remaining</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="407"/>
        <source>Workdays of approved leave in the year (half days count 0.5)</source>
        <translation>本年度已批准请假的工作日数（半天计 0.5 天）</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="410"/>
        <source>Annual leave the person is entitled to in the year</source>
        <translation>本人本年度可享受的年休假天数</translation>
    </message>
</context>
<context>
    <name>BalancesPage</name>
    <message>
        <location filename="../../ui/leave_balances.py" line="111"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../ui/leave_balances.py" line="114"/>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/leave_balances.py" line="117"/>
        <source>Name, staff number or pinyin (e.g. zs)</source>
        <translation>姓名、工号或拼音（如 zs）</translation>
    </message>
    <message>
        <location filename="../../ui/leave_balances.py" line="119"/>
        <source>Sea&amp;rch:</source>
        <translation>搜索(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/leave_balances.py" line="124"/>
        <source>Set &amp;entitlement…</source>
        <translation>设置年休假(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/leave_balances.py" line="125"/>
        <source>The chosen person&apos;s annual leave for the year (Enter)</source>
        <translation>设置所选人员本年度的年休假天数（回车）</translation>
    </message>
    <message>
        <location filename="../../ui/leave_balances.py" line="187"/>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../ui/leave_balances.py" line="215"/>
        <source>{shown} of {total} lines</source>
        <translation>显示 {shown} 行，共 {total} 行</translation>
    </message>
    <message>
        <location filename="../../ui/leave_balances.py" line="221"/>
        <source>Nobody here matches “{query}”.</source>
        <translation>没有与“{query}”相符的人员。</translation>
    </message>
    <message>
        <location filename="../../ui/leave_balances.py" line="223"/>
        <source>No leave taken and no entitlement set in {year}.</source>
        <translation>{year}年没有休假记录，也没有设置年休假。</translation>
    </message>
    <message>
        <location filename="../../ui/leave_balances.py" line="261"/>
        <source>{name} ({staff_no}), {unit}</source>
        <translation>{name}（{staff_no}），{unit}</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../app/cli.py" line="39"/>
        <source>HallDesk: the staff, attendance, leave and duty log of a service hall&apos;s windows.</source>
        <translation>服务大厅窗口人员管理系统：管理服务大厅窗口工作人员的名册、考勤、请假和值班日志。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="47"/>
        <source>database file or URL (default: HALLDESK_DB, settings, data folder)</source>
        <translation>数据库文件或地址（默认依次取 HALLDESK_DB 环境变量、程序设置、数据文件夹）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="49"/>
        <source>language: zh_CN or en</source>
        <translation>界面语言：zh_CN 或 en</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="51"/>
        <source>act as this user (or HALLDESK_USER)</source>
        <translation>以该用户身份操作（也可设置 HALLDESK_USER）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="59"/>
        <source>start the main window with its data, then exit (a self-test)</source>
        <translation>启动主界面并加载数据后退出（自检）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="64"/>
        <source>create the administrator on a new database</source>
        <translation>在新数据库中创建系统管理员</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="67"/>
        <source>the administrator&apos;s user name</source>
        <translation>系统管理员的用户名</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="69"/>
        <source>the administrator&apos;s full name</source>
        <translation>系统管理员的姓名</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="73"/>
        <source>fill a new, empty database with a demo hall</source>
        <translation>向新建的空数据库写入演示大厅数据</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="75"/>
        <source>number of staff (default 60)</source>
        <translation>工作人员人数（默认60）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="76"/>
        <source>years of history (default 1)</source>
        <translation>历史数据年数（默认1）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="77"/>
        <source>random seed (default 1)</source>
        <translation>随机种子（默认1）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="81"/>
        <source>bring the database schema up to date</source>
        <translation>将数据库结构升级到最新版本</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="85"/>
        <source>import or export the staff roster</source>
        <translation>导入或导出工作人员名册</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="87"/>
        <source>import staff from .xlsx or .csv</source>
        <translation>从 .xlsx 或 .csv 文件导入工作人员</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="91"/>
        <source>export the roster to .xlsx or .csv</source>
        <translation>将名册导出为 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="94"/>
        <source>include staff who have left</source>
        <translation>包括已离职人员</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="97"/>
        <source>import clock-in terminal punches</source>
        <translation>导入考勤机打卡记录</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="102"/>
        <source>import punches from .csv, .xlsx or a ZKTeco attlog.dat</source>
        <translation>从 .csv、.xlsx 或中控考勤机 attlog.dat 导入打卡记录</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="108"/>
        <source>the file&apos;s format (default: detected)</source>
        <translation>文件格式（默认自动识别）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="113"/>
        <source>a day&apos;s attendance, or the monthly sheet</source>
        <translation>查看某日考勤，或生成月度考勤表</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="115"/>
        <location filename="../../app/cli.py" line="149"/>
        <source>the day (default: today)</source>
        <translation>日期（默认今天）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="116"/>
        <location filename="../../app/cli.py" line="139"/>
        <location filename="../../app/cli.py" line="158"/>
        <location filename="../../app/cli_sanctions.py" line="33"/>
        <location filename="../../app/cli_sanctions.py" line="40"/>
        <location filename="../../app/cli_sanctions.py" line="82"/>
        <location filename="../../app/cli_sanctions.py" line="89"/>
        <location filename="../../app/cli_sanctions.py" line="100"/>
        <source>print JSON</source>
        <translation>以 JSON 格式输出</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="120"/>
        <source>write the monthly attendance sheet (.xlsx)</source>
        <translation>生成月度考勤表（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="126"/>
        <source>leave slips and temporary outings</source>
        <translation>请假条与临时外出</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="131"/>
        <source>import existing slips from the old Excel records (.xlsx or .csv)</source>
        <translation>从原有 Excel 记录（.xlsx 或 .csv）导入请假条</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="136"/>
        <source>list slips (those covering a day with --date)</source>
        <translation>列出请假条（用 --date 只列覆盖该日的）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="138"/>
        <source>only slips that cover this day</source>
        <translation>只列覆盖该日的请假条</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="141"/>
        <source>print a slip as a one-page A4 PDF</source>
        <translation>将请假条打印为一页 A4 PDF</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="147"/>
        <source>print the daily duty register (PDF)</source>
        <translation>打印领导值班登记簿（PDF）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="154"/>
        <source>the duty rota and the Friday duty report</source>
        <translation>值日安排与每周五值日考勤周报</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="156"/>
        <source>the month&apos;s duty rota</source>
        <translation>当月值日安排</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="161"/>
        <source>the week&apos;s hall duty attendance report (PDF)</source>
        <translation>本周大厅值日考勤周报（PDF）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="168"/>
        <source>the holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="173"/>
        <source>enter public holidays and make-up workdays from a .csv of date, kind, name</source>
        <translation>从“日期、类型、名称”格式的 .csv 文件录入法定节假日和调休上班日</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="178"/>
        <source>manage user accounts</source>
        <translation>管理用户账户</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="183"/>
        <source>add a user (password from a prompt or HALLDESK_NEW_PASSWORD)</source>
        <translation>添加用户（密码按提示输入，或取自 HALLDESK_NEW_PASSWORD）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="187"/>
        <source>the user&apos;s full name</source>
        <translation>用户的姓名</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="189"/>
        <source>list user accounts</source>
        <translation>列出用户账户</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="205"/>
        <source>No password given: set {env} or run the command in a terminal.</source>
        <translation>未提供密码：请设置 {env}，或在终端中运行该命令。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="208"/>
        <source>Repeat the password: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="209"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="218"/>
        <source>This command changes data: say who you are with --user NAME or HALLDESK_USER.</source>
        <translation>此命令会修改数据：请用 --user 用户名 或 HALLDESK_USER 指明操作人。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="220"/>
        <location filename="../../app/cli.py" line="286"/>
        <source>Password for {user}: </source>
        <translation>{user} 的密码：</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="227"/>
        <source>Password for the administrator: </source>
        <translation>系统管理员密码：</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="230"/>
        <source>Administrator {user} created.</source>
        <translation>已创建系统管理员 {user}。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="239"/>
        <source>--staff must be between 5 and 5000.</source>
        <translation>--staff 须在5至5000之间。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="241"/>
        <source>--years must be between 1 and 10.</source>
        <translation>--years 须在1至10之间。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="250"/>
        <source>Applied: {names}</source>
        <translation>已完成以下升级：{names}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="252"/>
        <source>The database is up to date.</source>
        <translation>数据库已是最新版本。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="277"/>
        <source>{n} staff written to {file}.</source>
        <translation>已将{n}名工作人员导出至 {file}。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="291"/>
        <source>User {user} ({role}) added.</source>
        <translation>已添加用户 {user}（{role}）。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="305"/>
        <source>&apos;{value}&apos; is not a date: write YYYY-MM-DD.</source>
        <translation>“{value}”不是有效日期，请按 YYYY-MM-DD 填写。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="327"/>
        <source>No sessions on {day}: not a workday, or nobody employed.</source>
        <translation>{day}无考勤时段：该日不是工作日，或无在职人员。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="354"/>
        <location filename="../../app/cli.py" line="413"/>
        <source>&apos;{value}&apos; is not a month: write YYYY-MM.</source>
        <translation>“{value}”不是有效月份，请按 YYYY-MM 填写。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="359"/>
        <source>Monthly sheet for {n} staff written to {file}.</source>
        <translation>已生成{n}名工作人员的月度考勤表：{file}。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="403"/>
        <source>Slip {id} written to {file}.</source>
        <translation>请假条 {id} 已写入 {file}。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="431"/>
        <source>language of the document: zh_CN or en (default: the hall&apos;s setting)</source>
        <translation>文档语言：zh_CN 或 en（默认：大厅设置）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="442"/>
        <source>Duty register of {day} ({n} pages) written to {file}.</source>
        <translation>{day}的领导值班登记簿（共{n}页）已写入 {file}。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="472"/>
        <source>Duty report of the week {first} to {last} written to {file}.</source>
        <translation>{first}至{last}的值日考勤周报已写入 {file}。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="488"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="499"/>
        <source>Error:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="25"/>
        <source>the sanctions ledger (rule R8)</source>
        <translation>奖惩台账（规则 R8）</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="30"/>
        <source>apply the rules to a week and list the proposals</source>
        <translation>对指定周执行规则，并列出处理建议</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="35"/>
        <source>list ledger entries</source>
        <translation>列出台账记录</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="36"/>
        <source>only this status (repeatable)</source>
        <translation>只列出该状态的记录（可重复指定）</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="42"/>
        <source>confirm a proposal (manager)</source>
        <translation>确认处理建议（管理人员）</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="45"/>
        <source>dismiss a proposal (manager)</source>
        <translation>对处理建议决定不予处理（管理人员）</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="52"/>
        <source>revoke an entry in force; an issued one gets a notice</source>
        <translation>撤销生效中的记录；已发文的记录另行印发撤销决定</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="57"/>
        <source>where to write the revocation</source>
        <translation>撤销决定的保存位置</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="61"/>
        <source>enter a commendation, award or penalty (manager)</source>
        <translation>录入表扬、表彰奖励或惩处（管理人员）</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="69"/>
        <source>numbered, signed notices</source>
        <translation>带发文字号和数字签名的通报</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="72"/>
        <source>issue the signed notice of a confirmed entry</source>
        <translation>为已确认的记录印发带数字签名的通报</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="79"/>
        <source>check whether a notice PDF is genuine</source>
        <translation>核验通报 PDF 是否真实有效</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="86"/>
        <source>the year-end award eligibility list</source>
        <translation>年终评先评优资格名单</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="93"/>
        <source>the week&apos;s summary for the Monday meeting</source>
        <translation>周一早会每周汇总</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="96"/>
        <source>the week (default: the one the meeting reviews)</source>
        <translation>统计周（默认为早会讲评的那一周）</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="98"/>
        <source>a whole year instead of a week</source>
        <translation>按全年统计（而非按周）</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="102"/>
        <source>write the Monday brief (周一早会通报)</source>
        <translation>输出周一早会通报</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="104"/>
        <source>write the summary as a workbook</source>
        <translation>将汇总输出为 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="107"/>
        <source>the hall&apos;s signing certificate</source>
        <translation>本大厅的签名证书</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="110"/>
        <source>create a self-signed certificate (administrator)</source>
        <translation>创建自签名证书（系统管理员）</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="114"/>
        <source>import a PKCS#12 file (.p12/.pfx) (administrator)</source>
        <translation>导入 PKCS#12 证书文件（.p12/.pfx）（系统管理员）</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="118"/>
        <source>show the current certificate</source>
        <translation>显示当前证书</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="132"/>
        <source>Passphrase of the signing certificate: </source>
        <translation>证书口令：</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="159"/>
        <source>{week}: no rule is met.</source>
        <translation>{week}：未触发任何规则。</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="164"/>
        <location filename="../../app/cli_sanctions.py" line="435"/>
        <source>counted {n}</source>
        <translation>计{n}次</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="181"/>
        <source>No staff member has the number {no}.</source>
        <translation>没有工号为 {no} 的工作人员。</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="195"/>
        <source>Unknown status {value}: use {choices}.</source>
        <translation>未知状态 {value}：请使用 {choices}。</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="225"/>
        <source>Entry #{id} confirmed: {kind} for {name}.</source>
        <translation>记录 #{id} 已确认：{name}，{kind}。</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="237"/>
        <source>Entry #{id} dismissed.</source>
        <translation>记录 #{id} 已决定不予处理。</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="250"/>
        <source>Entry #{id} recorded and confirmed: {kind} for {name}.</source>
        <translation>记录 #{id} 已录入并确认：{name}，{kind}。</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="270"/>
        <source>Notice {no} issued and signed: {file}</source>
        <translation>通报 {no} 已印发并完成数字签名：{file}</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="286"/>
        <source>This entry has a notice: say where to write the revocation with -o FILE.pdf.</source>
        <translation>该记录已发文：请用 -o FILE.pdf 指定撤销决定的保存位置。</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="294"/>
        <source>Entry #{id} revoked.</source>
        <translation>记录 #{id} 已撤销。</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="298"/>
        <source>Entry #{id} revoked by notice {no}: {file}</source>
        <translation>记录 #{id} 已撤销，撤销决定 {no}：{file}</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="339"/>
        <source>eligible</source>
        <translation>具备资格</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="339"/>
        <source>not eligible</source>
        <translation>不具备资格</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="343"/>
        <source>{year}: {n} of {total} staff lost their eligibility.</source>
        <translation>{year}年度：{total}名工作人员中有{n}名被取消评先评优资格。</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="358"/>
        <source>Give --week or --year, not both.</source>
        <translation>--week 和 --year 只能指定其一。</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="361"/>
        <source>--year must be between 2000 and 2100.</source>
        <translation>--year 须在2000至2100之间。</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="374"/>
        <source>Monday brief for {period} written to {file}.</source>
        <translation>{period}周一早会通报已写入 {file}。</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="384"/>
        <source>Summary of {period} written to {file}.</source>
        <translation>{period}汇总已写入 {file}。</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="432"/>
        <source>not in the ledger yet</source>
        <translation>尚未录入台账</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="442"/>
        <source>Certificate: {subject}
Fingerprint (SHA-256): {fp}
Valid {start} to {end}</source>
        <translation>证书：{subject}
指纹（SHA-256）：{fp}
有效期：{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../app/cli_sanctions.py" line="477"/>
        <source>The hall has no signing certificate yet.</source>
        <translation>本大厅尚无签名证书。</translation>
    </message>
    <message>
        <location filename="../../app/cli_store.py" line="13"/>
        <source>copy the SQLite database now (checked)</source>
        <translation>立即备份 SQLite 数据库（备份后自动校验）</translation>
    </message>
    <message>
        <location filename="../../app/cli_store.py" line="16"/>
        <source>where (default: the backup folder)</source>
        <translation>备份位置（默认：备份文件夹）</translation>
    </message>
    <message>
        <location filename="../../app/cli_store.py" line="22"/>
        <source>replace the database with a backup; the current file is saved first</source>
        <translation>用备份替换当前数据库；替换前先保存当前文件</translation>
    </message>
    <message>
        <location filename="../../app/cli_store.py" line="33"/>
        <source>Backup written and checked: {file}</source>
        <translation>备份已写入并通过校验：{file}</translation>
    </message>
    <message>
        <location filename="../../app/cli_store.py" line="45"/>
        <source>Restored from {file}. The database as it was is saved in {saved}.</source>
        <translation>已从 {file} 恢复。恢复前的数据库已保存为 {saved}。</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../app/calendar.py" line="126"/>
        <source>The official holiday schedule for {year} is missing: HallDesk treats {year} as plain Monday to Friday until the administrator enters its public holidays and make-up workdays (Administration ▸ Calendar, or halldesk calendar import).</source>
        <translation>{year}年的官方节假日安排缺失：在管理员录入该年的法定节假日和调休上班日之前，本系统将{year}年按普通的周一至周五上班计算（系统管理 ▸ 节假日日历，或 halldesk calendar import）。</translation>
    </message>
    <message>
        <location filename="../../app/calendar.py" line="159"/>
        <source>Kind must be holiday or workday.</source>
        <translation>类型必须是节假日或调休上班。</translation>
    </message>
    <message>
        <location filename="../../app/calendar.py" line="175"/>
        <source>A day&apos;s name has at most {n} characters.</source>
        <translation>名称最多{n}个字。</translation>
    </message>
    <message>
        <location filename="../../app/calendar.py" line="209"/>
        <source>{n} dates entered for {years}.</source>
        <translation>已为{years}年录入 {n} 个日期。</translation>
    </message>
    <message>
        <location filename="../../app/calendar.py" line="234"/>
        <location filename="../../app/calendar.py" line="239"/>
        <source>Expected date, kind, name.</source>
        <translation>应为三列：日期、类型、名称。</translation>
    </message>
    <message>
        <location filename="../../app/calendar.py" line="247"/>
        <source>&apos;{value}&apos; is not a kind: use holiday or workday (节假日 or 调休上班).</source>
        <translation>“{value}”不是有效的类型：请填写节假日或调休上班（holiday 或 workday）。</translation>
    </message>
    <message>
        <location filename="../../app/calendar.py" line="259"/>
        <source>The file lists no dates.</source>
        <translation>文件中没有任何日期。</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="82"/>
        <source>Import public holidays and make-up workdays</source>
        <translation>导入法定节假日和调休上班日</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="84"/>
        <source>Calendar files (*.csv *.xlsx);;CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>日历文件 (*.csv *.xlsx);;CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="103"/>
        <source>public holiday: {name}</source>
        <translation>法定节假日：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="106"/>
        <location filename="../../ui/calendar_dialog.py" line="325"/>
        <source>public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="109"/>
        <source>make-up workday (调休上班) for {name}</source>
        <translation>{name}调休上班</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="112"/>
        <location filename="../../ui/calendar_dialog.py" line="557"/>
        <source>make-up workday (调休上班)</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="114"/>
        <location filename="../../ui/calendar_dialog.py" line="558"/>
        <source>weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="115"/>
        <source>Monday to Friday</source>
        <translation>周一至周五工作日</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="120"/>
        <source>entered by the administrator</source>
        <translation>管理员录入</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="122"/>
        <source>official holiday schedule</source>
        <translation>官方节假日安排</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="123"/>
        <source>weekday rule</source>
        <translation>按星期计算</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="129"/>
        <source>{weekday} {date}: {what} ({source}). {workday}</source>
        <translation>{date} {weekday}：{what}（{source}）。{workday}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="136"/>
        <source>A workday.</source>
        <translation>上班。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="138"/>
        <source>Not a workday.</source>
        <translation>不上班。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="212"/>
        <location filename="../../ui/calendar_dialog.py" line="560"/>
        <source>Off</source>
        <translation>休</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="214"/>
        <location filename="../../ui/calendar_dialog.py" line="561"/>
        <source>Work</source>
        <translation>班</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="327"/>
        <source>make-up workday</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="405"/>
        <source>Calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="430"/>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="449"/>
        <source>Days of the year</source>
        <translation>全年日期</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="473"/>
        <source>Public holidays and make-up workdays</source>
        <translation>法定节假日和调休上班日</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="478"/>
        <source>Mark as &amp;holiday…</source>
        <translation>设为节假日(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="479"/>
        <source>Mark as make-up &amp;workday…</source>
        <translation>设为调休上班(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="480"/>
        <source>&amp;Return to the official rule</source>
        <translation>恢复官方安排(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="481"/>
        <source>&amp;Import .csv/.xlsx…</source>
        <translation>导入 .csv/.xlsx(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="484"/>
        <source>A file with the columns date, kind (holiday or workday, 节假日 or 调休上班) and name. Either every row is entered or, if one is wrong, none.</source>
        <translation>文件包含三列：日期、类型（节假日或调休上班，即 holiday 或 workday）和名称。要么所有行都录入；只要有一行有误，就一行也不录入。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="489"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="556"/>
        <source>public holiday (day off)</source>
        <translation>法定节假日（放假）</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="559"/>
        <source>entered by the administrator (bold, underlined)</source>
        <translation>管理员录入（粗体加下划线）</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="603"/>
        <source>Enter them below (Mark as holiday…, Mark as make-up workday…, or Import …), then click &quot;Mark {year} as entered&quot;.</source>
        <translation>请在下方录入（“设为节假日…”“设为调休上班…”或“导入…”），全部录入后点击“标记{year}年已录入”。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="639"/>
        <source>{year} — workdays: {workdays}; public holidays on Monday to Friday: {holidays}; make-up workdays: {make_up}; dates entered by the administrator: {own}.</source>
        <translation>{year}年——工作日：{workdays} 天；落在周一至周五的法定节假日：{holidays} 天；调休上班：{make_up} 天；管理员录入的日期：{own} 个。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="570"/>
        <source>Keys: H holiday, W make-up workday, Delete back to the official rule, Enter edit.</source>
        <translation>快捷键：H 设为节假日，W 设为调休上班，Delete 恢复官方安排，Enter 修改。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="607"/>
        <source>Only the administrator can enter them.</source>
        <translation>只有管理员可以录入。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="609"/>
        <source>No official holiday schedule for {year}.</source>
        <translation>{year}年没有官方节假日安排。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="613"/>
        <source>The administrator has entered the public holidays and make-up workdays of {year}.</source>
        <translation>管理员已录入{year}年的法定节假日和调休上班日。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="619"/>
        <source>The official public holidays and make-up workdays of {year} come with HallDesk; the administrator&apos;s entries take precedence over them.</source>
        <translation>{year}年的官方法定节假日和调休上班日随本系统提供；管理员录入的日期优先。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="623"/>
        <source>Mark {year} as &amp;entered</source>
        <translation>标记{year}年已录入(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="626"/>
        <source>Do this once every public holiday and make-up workday of {year} is entered.</source>
        <translation>请在{year}年的全部法定节假日和调休上班日都录入之后再标记。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="630"/>
        <source>{year} needs no marking: its holiday schedule is known.</source>
        <translation>{year}年无需标记：其节假日安排已知。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="686"/>
        <source>Choose a date in the calendar above.</source>
        <translation>请在上方日历中选择一个日期。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="746"/>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="752"/>
        <source>Calendar imported</source>
        <translation>日历已导入</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="759"/>
        <source>Mark {year} as entered? HallDesk then stops warning that its official holiday schedule is missing, and uses the dates entered for {year}. Do this only once every public holiday and make-up workday of {year} is entered.</source>
        <translation>标记{year}年已录入？此后本系统不再提示其官方节假日安排缺失，并按已录入的{year}年日期计算。请在{year}年的全部法定节假日和调休上班日都录入之后再这样做。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="763"/>
        <source>Mark {year} as entered</source>
        <translation>标记{year}年已录入</translation>
    </message>
</context>
<context>
    <name>CancelSlipDialog</name>
    <message>
        <location filename="../../ui/leave_dialog.py" line="653"/>
        <source>Cancel leave slip</source>
        <translation>撤销请假条</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="655"/>
        <source>Cancel the &amp;slip</source>
        <translation>撤销请假条(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="656"/>
        <source>&amp;Keep it</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="662"/>
        <source>e.g. the trip was called off</source>
        <translation>例如：行程取消</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="663"/>
        <source>&amp;Reason:</source>
        <translation>撤销原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="673"/>
        <source>The slip stays on record as cancelled; its days count again as workdays.</source>
        <translation>请假条保留在记录中，标记为已撤销；所涉日期恢复按正常上班计算。</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="106"/>
        <source>Add an inspection category</source>
        <translation>添加巡查类别</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="108"/>
        <source>Change an inspection category</source>
        <translation>修改巡查类别</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="114"/>
        <source>e.g. phone</source>
        <translation>如 phone</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="117"/>
        <source>e.g. 玩手机</source>
        <translation>如 玩手机</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="120"/>
        <source>e.g. on the phone</source>
        <translation>如 on the phone</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="124"/>
        <source>Its findings count toward the weekly rule (R8)</source>
        <translation>该类记录计入考核（R8）</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="125"/>
        <source>Off post: an approved outing or leave makes it a note</source>
        <translation>脱岗：已批准的临时外出或请假期间只记为备注</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="126"/>
        <source>A commendation (good service, a visitor&apos;s thanks)</source>
        <translation>表扬（服务好、群众致谢）</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="128"/>
        <source>Co&amp;de:</source>
        <translation>代码(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="129"/>
        <source>&amp;Chinese name:</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="130"/>
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="131"/>
        <source>&amp;Key:</source>
        <translation>快捷键(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="132"/>
        <source>Cou&amp;nts:</source>
        <translation>计入考核(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="133"/>
        <source>&amp;Off post:</source>
        <translation>脱岗(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="134"/>
        <source>Co&amp;mmendation:</source>
        <translation>表扬(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="138"/>
        <source>The Chinese name is the official one and is printed on the register; the English name is shown to readers of English. The key (one letter or digit) chooses the category when a finding is entered; no two categories in use share one.</source>
        <translation>中文名称为正式名称，打印在登记簿上；英文名称供英文界面显示。快捷键（一个字母或数字）用于录入巡查记录时选择类别，启用中的类别不能共用同一个快捷键。</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="53"/>
        <location filename="../../ui/certificate_dialog.py" line="399"/>
        <location filename="../../ui/certificate_dialog.py" line="402"/>
        <source>Import a certificate file</source>
        <translation>导入证书文件</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="55"/>
        <source>Certificate files (*.p12 *.pfx);;All files (*)</source>
        <translation>证书文件 (*.p12 *.pfx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="243"/>
        <location filename="../../ui/certificate_dialog.py" line="448"/>
        <source>Signing certificate</source>
        <translation>签名证书</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="249"/>
        <source>The hall has no signing certificate yet, so notices cannot be issued. Import the certificate file the hall received from a certificate authority, or create a self-signed one here.</source>
        <translation>本大厅尚未设置签名证书，无法印发通报。请导入从证书颁发机构取得的证书文件，或在此创建自签名证书。</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="258"/>
        <source>Certificate notices are signed with</source>
        <translation>当前用于通报签名的证书</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="269"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="270"/>
        <source>Fingerprint (SHA-256):</source>
        <translation>指纹（SHA-256）：</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="271"/>
        <source>Valid from:</source>
        <translation>有效期自：</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="272"/>
        <source>Valid until:</source>
        <translation>有效期至：</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="273"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="274"/>
        <source>Added:</source>
        <translation>添加时间：</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="281"/>
        <source>A self-signed certificate: HallDesk recognises the notices signed with it; other PDF readers show the signature but cannot vouch for who made it. A certificate from a certificate authority can replace it at any time.</source>
        <translation>自签名证书：本系统能够识别用该证书签名的通报；其他 PDF 阅读器会显示签名，但无法证明签名者身份。可随时改用证书颁发机构签发的证书。</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="289"/>
        <source>The key is kept encrypted with its passphrase; whoever issues notices types it to unlock the certificate. HallDesk recognises the notices the hall signed by the fingerprint above. A replaced certificate is kept, so notices signed earlier stay verifiable.</source>
        <translation>私钥以证书口令加密保存，印发通报的人员须输入口令解锁证书。本系统依据上方指纹识别本大厅签名的通报。被替换的证书仍予保留，此前签名的通报仍可验证。</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="297"/>
        <source>&amp;Import PKCS#12 file…</source>
        <translation>导入 PKCS#12 文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="298"/>
        <source>A .p12 or .pfx file from a certificate authority</source>
        <translation>证书颁发机构提供的 .p12 或 .pfx 文件</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="300"/>
        <source>C&amp;reate self-signed certificate…</source>
        <translation>创建自签名证书(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="302"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="335"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>指纹（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="339"/>
        <source>self-signed, created in HallDesk</source>
        <translation>自签名，由本系统创建</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="341"/>
        <source>imported from a certificate file</source>
        <translation>从证书文件导入</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="344"/>
        <source>{time} by {user}</source>
        <translation>{time}（由 {user} 添加）</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="349"/>
        <source>This certificate has expired: notices cannot be signed until another is set.</source>
        <translation>该证书已过期：设置新证书之前，无法为通报签名。</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="354"/>
        <source>This certificate expires in {days} days: import or create its successor soon.</source>
        <translation>该证书将在{days}天后过期：请尽快导入或创建新证书。</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="373"/>
        <source>Replace the signing certificate</source>
        <translation>更换签名证书</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="375"/>
        <source>Replace the hall&apos;s signing certificate? New notices will be signed with the new one. Notices signed earlier stay verifiable: HallDesk keeps the old certificate to check them.</source>
        <translation>确定更换本大厅的签名证书？新印发的通报将使用新证书签名。此前签名的通报仍可验证：本系统会保留旧证书用于验证。</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="405"/>
        <source>The certificate of {name} was imported.</source>
        <translation>已导入{name}的证书。</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="419"/>
        <source>The passphrase must be at least {count} characters long.</source>
        <translation>证书口令至少需要{count}个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="423"/>
        <source>Create a self-signed certificate</source>
        <translation>创建自签名证书</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="429"/>
        <source>Creating the key and the certificate…</source>
        <translation>正在生成密钥和证书…</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="442"/>
        <source>A self-signed certificate for {name} was created.</source>
        <translation>已为{name}创建自签名证书。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/login.py" line="352"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="360"/>
        <source>C&amp;urrent password:</source>
        <translation>当前密码(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="361"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="362"/>
        <source>&amp;Repeat the new password:</source>
        <translation>确认新密码(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="371"/>
        <source>&amp;Change password</source>
        <translation>修改密码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="381"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../ui/duty_models.py" line="61"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="62"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="63"/>
        <source>Power off</source>
        <translation>已断电</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="64"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="65"/>
        <source>Checked by</source>
        <translation>检查人</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="68"/>
        <source>Space ticks: the window&apos;s power is off</source>
        <translation>按空格勾选：该窗口已断电</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="69"/>
        <source>Why the power is still on, or anything seen</source>
        <translation>未断电的原因或发现的情况</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../ui/common.py" line="23"/>
        <source>HallDesk</source>
        <translation>服务大厅窗口人员管理系统</translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="25"/>
        <source>This cannot be saved:</source>
        <translation>无法保存，原因如下：</translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="33"/>
        <source>{field}: yours {mine}, now {theirs}</source>
        <translation>{field}：您填写的是 {mine}，当前已是 {theirs}</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/correction_dialog.py" line="111"/>
        <source>Request a punch correction</source>
        <translation>申请补卡</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="113"/>
        <source>Re&amp;quest</source>
        <translation>申请(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="127"/>
        <source>e.g. 0801 or 08:01</source>
        <translation>如 0801 或 08:01</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="130"/>
        <source>e.g. signed the paper sign-in sheet; terminal out of order</source>
        <translation>如：已在纸质签到表签到；考勤机故障</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="132"/>
        <source>&amp;Session:</source>
        <translation>时段(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="133"/>
        <source>&amp;Clock-in or out:</source>
        <translation>签到/签退(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="134"/>
        <source>Corrected &amp;time:</source>
        <translation>补卡时间(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="135"/>
        <source>&amp;Reason:</source>
        <translation>事由(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="149"/>
        <source>{name} ({staff_no}, {unit}), {date}. A leader approves the correction before it counts; the punches stay as they were.</source>
        <translation>{name}（{staff_no}，{unit}），{date}。补卡经带班领导审批后生效；原打卡记录保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="158"/>
        <source>now {time}</source>
        <translation>现为 {time}</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="158"/>
        <source>now none</source>
        <translation>现无记录</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <location filename="../../app/corrections.py" line="59"/>
        <source>Choose the staff member.</source>
        <translation>请选择工作人员。</translation>
    </message>
    <message>
        <location filename="../../app/corrections.py" line="62"/>
        <source>Choose the morning or the afternoon.</source>
        <translation>请选择上午或下午。</translation>
    </message>
    <message>
        <location filename="../../app/corrections.py" line="65"/>
        <source>Choose clock-in or clock-out.</source>
        <translation>请选择签到或签退。</translation>
    </message>
    <message>
        <location filename="../../app/corrections.py" line="68"/>
        <source>Type the time as 0801 or 08:01.</source>
        <translation>请按 0801 或 08:01 的格式输入时间。</translation>
    </message>
    <message>
        <location filename="../../app/corrections.py" line="71"/>
        <source>A correction cannot be for a future day.</source>
        <translation>不能为将来的日期补卡。</translation>
    </message>
    <message>
        <location filename="../../app/corrections.py" line="76"/>
        <source>Give the reason, e.g. the paper sign-in sheet.</source>
        <translation>请填写原因，例如依据纸质签到表。</translation>
    </message>
    <message>
        <location filename="../../app/corrections.py" line="82"/>
        <source>{name} was not employed on {day}.</source>
        <translation>{name} 在 {day} 不在职。</translation>
    </message>
    <message>
        <location filename="../../app/corrections.py" line="112"/>
        <location filename="../../app/corrections.py" line="143"/>
        <source>This correction has been decided already.</source>
        <translation>该补卡申请已处理。</translation>
    </message>
    <message>
        <location filename="../../app/corrections.py" line="115"/>
        <source>You asked for this correction: another leader must decide it.</source>
        <translation>该补卡由您本人申请，须由其他领导审批。</translation>
    </message>
    <message>
        <location filename="../../app/corrections.py" line="118"/>
        <source>Say why it is rejected.</source>
        <translation>请说明驳回理由。</translation>
    </message>
</context>
<context>
    <name>CorrectionsModel</name>
    <message>
        <location filename="../../ui/correction_dialog.py" line="47"/>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="48"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="49"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="50"/>
        <source>Session</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="51"/>
        <source>Clock-in or out</source>
        <translation>签到/签退</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="52"/>
        <source>Corrected time</source>
        <translation>补卡时间</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="53"/>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="54"/>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
</context>
<context>
    <name>CorrectionsPanel</name>
    <message>
        <location filename="../../ui/correction_dialog.py" line="190"/>
        <source>Ever&amp;y day</source>
        <translation>所有日期(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="192"/>
        <source>Show the corrections waiting on every day, not only the chosen one</source>
        <translation>显示所有日期待审批的补卡，而不只是所选日期</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="211"/>
        <source>Remark (needed to reject)</source>
        <translation>审批意见（驳回时必填）</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="213"/>
        <source>Re&amp;mark:</source>
        <translation>意见(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="215"/>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="217"/>
        <source>Approve the chosen correction: the day is derived again at once</source>
        <translation>批准选中的补卡：当天考勤立即重新计算</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="219"/>
        <source>Re&amp;ject</source>
        <translation>驳回(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="220"/>
        <source>Reject the chosen correction; say why in the remark</source>
        <translation>驳回选中的补卡；请在意见中说明原因</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="221"/>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="222"/>
        <source>Take back a correction you asked for</source>
        <translation>撤回自己提出的补卡申请</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="275"/>
        <source>Punch corrections waiting for approval, every day: {count}</source>
        <translation>待审批补卡（所有日期）：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="277"/>
        <source>Punch corrections waiting for approval on {date}: {count}</source>
        <translation>{date} 待审批补卡：{count}</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="354"/>
        <source>Enter a date</source>
        <translation>录入日期</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="361"/>
        <source>public holiday (day off)</source>
        <translation>法定节假日（放假）</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="362"/>
        <source>make-up workday (调休上班)</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="366"/>
        <source>e.g. National Day</source>
        <translation>如：国庆节</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="367"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="368"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="369"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="385"/>
        <source>Now: {what}</source>
        <translation>目前：{what}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../app/demo.py" line="311"/>
        <source>Demo hall {hall} created in {seconds:.1f} s.</source>
        <translation>演示大厅“{hall}”已创建，用时{seconds:.1f}秒。</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="314"/>
        <source>Units ({n}): {names}.</source>
        <translation>单位（{n}个）：{names}。</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="315"/>
        <source>Windows: {windows}. Staff: {staff} ({active} active, {left} left, {untrained} still in pre-job training).</source>
        <translation>窗口：{windows}个。工作人员：{staff}名（在岗{active}名，离职{left}名，尚在岗前培训{untrained}名）。</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="328"/>
        <source>Clock-in punches: {n}.</source>
        <translation>打卡记录：{n} 条。</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="331"/>
        <source>Leave slips: {n} ({outings} outings).</source>
        <translation>请假条：{n} 张（其中临时外出 {outings} 张）。</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="337"/>
        <source>Duty rota: {days} days. Inspection findings: {n}.</source>
        <translation>值日安排：{days} 天。巡查记录：{n} 条。</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="343"/>
        <source>Sanctions ledger: {n} entries, {open} proposals for Monday&apos;s meeting, {notices} signed notices (the signing passphrase is the demo password).</source>
        <translation>奖惩台账：{n} 条记录，其中待周一早会确认的处理建议 {open} 条，带数字签名的通报 {notices} 份（证书口令即演示密码）。</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="351"/>
        <source>Users (password {password}): {users}.</source>
        <translation>用户（密码均为 {password}）：{users}。</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="358"/>
        <source>Existing accounts were kept with their own passwords: {users}.</source>
        <translation>以下原有账户已保留，密码不变：{users}。</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="495"/>
        <source>The demo needs {low} to {high} staff.</source>
        <translation>演示数据的工作人员人数须为{low}至{high}名。</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="500"/>
        <source>The demo covers {low} to {high} years.</source>
        <translation>演示数据的年数须为{low}至{high}年。</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="510"/>
        <source>This database already holds units or staff. Demo data goes only into a new, empty database: nothing was changed.</source>
        <translation>该数据库已有单位或工作人员数据，未作任何更改。演示数据只能写入新建的空数据库。</translation>
    </message>
</context>
<context>
    <name>DisableDialog</name>
    <message>
        <location filename="../../ui/users_dialog.py" line="250"/>
        <source>Disable user</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="250"/>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="254"/>
        <source>{name} ({user}) will not be able to log in until an administrator enables the account again. Nothing they recorded is removed.</source>
        <translation>停用后，{name}（{user}）将无法登录，直至系统管理员重新启用该账户。其录入的记录均予保留。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="258"/>
        <source>&amp;Reason:</source>
        <translation>停用原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../app/documents.py" line="93"/>
        <source>The font file {file} does not exist.</source>
        <translation>字体文件 {file} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/documents.py" line="102"/>
        <source>{file} is not a TrueType font that can be embedded: {reason}</source>
        <translation>{file} 不是可嵌入的 TrueType 字体：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/documents.py" line="109"/>
        <source>The font {file} has no Chinese characters.</source>
        <translation>字体 {file} 不含中文字符。</translation>
    </message>
</context>
<context>
    <name>DutyLog</name>
    <message>
        <location filename="../../app/duty_log.py" line="241"/>
        <source>{day} is still to come: a day&apos;s log is opened on the day.</source>
        <translation>{day} 尚未到来：值班日志当天才能打开。</translation>
    </message>
    <message>
        <location filename="../../app/duty_log.py" line="246"/>
        <source>{day} is not a workday: the hall keeps no duty log that day.</source>
        <translation>{day} 不是工作日：当天大厅不记值班日志。</translation>
    </message>
    <message>
        <location filename="../../app/duty_log.py" line="271"/>
        <source>The log of {day} has not been opened yet.</source>
        <translation>{day} 的值班日志尚未打开。</translation>
    </message>
    <message>
        <location filename="../../app/duty_log.py" line="279"/>
        <source>The log of {day} was closed by {user} at {time} and is read-only. A duty leader can reopen it, giving a reason.</source>
        <translation>{day} 的值班日志已由 {user} 于 {time} 签字关闭，只能查看。带班领导可说明原因后重新打开。</translation>
    </message>
    <message>
        <location filename="../../app/duty_log.py" line="293"/>
        <source>Hall hygiene</source>
        <translation>大厅卫生</translation>
    </message>
    <message>
        <location filename="../../app/duty_log.py" line="294"/>
        <source>Safety (extinguishers, emergency lights, exits)</source>
        <translation>安全（灭火器、应急灯、安全出口）</translation>
    </message>
    <message>
        <location filename="../../app/duty_log.py" line="295"/>
        <source>Doors and windows</source>
        <translation>门窗</translation>
    </message>
    <message>
        <location filename="../../app/duty_log.py" line="303"/>
        <source>{what}: at most {n} characters.</source>
        <translation>{what}：最多 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/duty_log.py" line="341"/>
        <source>Window id {id} is not on this day&apos;s checklist.</source>
        <translation>编号为 {id} 的窗口不在当天的检查清单上。</translation>
    </message>
    <message>
        <location filename="../../app/duty_log.py" line="347"/>
        <source>Window {number}</source>
        <translation>{number}号窗口</translation>
    </message>
    <message>
        <location filename="../../app/duty_log.py" line="355"/>
        <source>Window {number} is not ticked as powered off: say why in its note.</source>
        <translation>{number}号窗口未勾选已断电：请在备注中说明原因。</translation>
    </message>
    <message>
        <location filename="../../app/duty_log.py" line="368"/>
        <source>{check}: describe the problem in the note.</source>
        <translation>{check}：请在备注中说明问题。</translation>
    </message>
    <message>
        <location filename="../../app/duty_log.py" line="375"/>
        <source>Handover notes</source>
        <translation>交接事项</translation>
    </message>
    <message>
        <location filename="../../app/duty_log.py" line="376"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/duty_log.py" line="408"/>
        <source>Window {number} is neither ticked as powered off nor explained in a note.</source>
        <translation>{number}号窗口既未勾选已断电，也未在备注中说明。</translation>
    </message>
    <message>
        <location filename="../../app/duty_log.py" line="418"/>
        <source>{check} is not answered yet.</source>
        <translation>{check}尚未填写。</translation>
    </message>
    <message>
        <location filename="../../app/duty_log.py" line="430"/>
        <source>{user} already signed the log of {day} at {time}.</source>
        <translation>{user} 已于 {time} 在 {day} 的值班日志上签字。</translation>
    </message>
    <message>
        <location filename="../../app/duty_log.py" line="456"/>
        <source>The duty officer signs the log of {day} first.</source>
        <translation>{day} 的值班日志须先由值班人员签字。</translation>
    </message>
    <message>
        <location filename="../../app/duty_log.py" line="460"/>
        <source>You signed the log of {day} as the duty officer; the duty leader&apos;s sign-off must come from another account.</source>
        <translation>您已作为值班人员在 {day} 的值班日志上签字；带班领导须用另一个账号签字。</translation>
    </message>
    <message>
        <location filename="../../app/duty_log.py" line="485"/>
        <source>Say why the day is reopened.</source>
        <translation>请说明重新打开的原因。</translation>
    </message>
    <message>
        <location filename="../../app/duty_log.py" line="488"/>
        <source>At most {n} characters.</source>
        <translation>最多 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/duty_log.py" line="493"/>
        <source>The log of {day} is not signed: there is nothing to reopen.</source>
        <translation>{day} 的值班日志尚未签字，无需重新打开。</translation>
    </message>
    <message>
        <location filename="../../app/duty_log.py" line="545"/>
        <source>1 past day is not closed: {days}.</source>
        <translation>有 1 个过去的工作日未关闭：{days}。</translation>
    </message>
    <message>
        <location filename="../../app/duty_log.py" line="546"/>
        <source>{n} past days are not closed: {days}.</source>
        <translation>有 {n} 个过去的工作日未关闭：{days}。</translation>
    </message>
</context>
<context>
    <name>DutyModels</name>
    <message>
        <location filename="../../ui/duty_models.py" line="29"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="30"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="31"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="32"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="33"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="34"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="35"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="106"/>
        <source>off</source>
        <translation>已断电</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="108"/>
        <source>not ticked</source>
        <translation>未勾选</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="173"/>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="175"/>
        <source>commendation</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="177"/>
        <source>approved outing: not counted</source>
        <translation>已批准外出：不计入</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="179"/>
        <source>counts (R8)</source>
        <translation>计入（周考核）</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="180"/>
        <source>noted</source>
        <translation>记录在案</translation>
    </message>
</context>
<context>
    <name>DutyRota</name>
    <message>
        <location filename="../../app/duty_rota.py" line="143"/>
        <source>There is no such month.</source>
        <translation>没有这个月份。</translation>
    </message>
    <message>
        <location filename="../../app/duty_rota.py" line="149"/>
        <source>Add the units first: there is no active unit to put on duty.</source>
        <translation>请先添加单位：目前没有可安排值日的在用单位。</translation>
    </message>
    <message>
        <location filename="../../app/duty_rota.py" line="182"/>
        <source>Choose a duty leader&apos;s or manager&apos;s account.</source>
        <translation>请选择带班领导或管理人员的账户。</translation>
    </message>
    <message>
        <location filename="../../app/duty_rota.py" line="184"/>
        <source>Choose the account of a duty officer, duty leader or manager.</source>
        <translation>请选择值班人员、带班领导或管理人员的账户。</translation>
    </message>
    <message>
        <location filename="../../app/duty_rota.py" line="206"/>
        <source>{day} is not a workday: the hall has no duty then.</source>
        <translation>{day}不是工作日，大厅当日不安排值日。</translation>
    </message>
    <message>
        <location filename="../../app/duty_rota.py" line="212"/>
        <source>Choose an active unit.</source>
        <translation>请选择在用的单位。</translation>
    </message>
    <message>
        <location filename="../../app/duty_rota.py" line="218"/>
        <source>The second officer is the first one again.</source>
        <translation>第二名值班人员与第一名相同。</translation>
    </message>
    <message>
        <location filename="../../app/duty_rota.py" line="223"/>
        <source>At most {n} characters.</source>
        <translation>最多{n}个字符。</translation>
    </message>
    <message>
        <location filename="../../app/duty_rota.py" line="232"/>
        <source>Say why the day&apos;s duty is changed (a swap).</source>
        <translation>请说明调整当日值日的原因（如换班）。</translation>
    </message>
</context>
<context>
    <name>DutyTab</name>
    <message>
        <location filename="../../ui/duty_tab.py" line="767"/>
        <source>The day&apos;s lo&amp;g</source>
        <translation>值班日志(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="768"/>
        <source>D&amp;uty rota</source>
        <translation>值日安排(&amp;U)</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <location filename="../../app/eligibility.py" line="57"/>
        <source>{day} {kind}: {reason}</source>
        <translation>{day} {kind}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/eligibility.py" line="64"/>
        <source>pending: {day} {kind}</source>
        <translation>待确认：{day} {kind}</translation>
    </message>
    <message>
        <location filename="../../app/eligibility.py" line="84"/>
        <source>{rule}, {period}: counted {n}</source>
        <translation>{rule}，{period}：计{n}次</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <location filename="../../ui/eligibility_page.py" line="63"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_page.py" line="64"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_page.py" line="66"/>
        <source>Only those who lost it or have one &amp;pending</source>
        <translation>只看资格已取消或待定的人员(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_page.py" line="68"/>
        <source>Name, staff number or pinyin</source>
        <translation>姓名、工号或拼音</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_page.py" line="70"/>
        <source>Sea&amp;rch:</source>
        <translation>搜索(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_page.py" line="91"/>
        <source>Year-end award eligibility</source>
        <translation>年终评先评优资格</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_page.py" line="92"/>
        <source>Double-click a person to see their record in the ledger</source>
        <translation>双击人员可在台账中查看其个人奖惩记录</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_page.py" line="95"/>
        <source>Eligibility is lost through an entry in force dated in the year: a loss of year-end award eligibility, or a disciplinary sanction (warning and above). Proposals not yet decided are listed as pending.</source>
        <translation>凡本年度内有已生效的“取消年终评先评优资格”或警告及以上处分记录的，即失去评先评优资格。尚未处理的待确认记录标为“待定”。</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_page.py" line="132"/>
        <source>{keep} of {total} keep their eligibility for {year}</source>
        <translation>{year}年度共{total}人，其中{keep}人保留评先评优资格</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_page.py" line="136"/>
        <source>; {n} with a proposal still to decide</source>
        <translation>；{n}人有待确认事项</translation>
    </message>
    <message>
        <location filename="../../ui/eligibility_page.py" line="137"/>
        <source>.</source>
        <comment>the full stop ending the sentence</comment>
        <translation>。</translation>
    </message>
</context>
<context>
    <name>EntitlementDialog</name>
    <message>
        <location filename="../../ui/leave_dialog.py" line="700"/>
        <source>Annual leave entitlement</source>
        <translation>年休假天数</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="705"/>
        <source>Now {days} days by the national rule (years of service in this hall).</source>
        <translation>目前按国家规定（按在本单位的工作年限）为 {days} 天。</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="707"/>
        <source>Now {days} days, as a manager entered them.</source>
        <translation>目前为 {days} 天（由管理人员设置）。</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="709"/>
        <source>{who}, {year}.</source>
        <translation>{who}，{year}年。</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="715"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="717"/>
        <source>&amp;Entitlement:</source>
        <translation>年休假天数(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>EntryDetails</name>
    <message>
        <location filename="../../ui/sanctions_details.py" line="155"/>
        <source>The chosen entry</source>
        <translation>所选记录</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="156"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="159"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="161"/>
        <source>Evidence (double-click a line to open that day)</source>
        <translation>依据（双击某行可打开当天记录）</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="198"/>
        <source>Choose an entry to see it here.</source>
        <translation>请选择一条记录，在此查看详情。</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="211"/>
        <source>No evidence list: a manager entered this directly; the reason says why.</source>
        <translation>无依据清单：此记录由管理人员直接录入，原因见“事由”。</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="213"/>
        <source>Nothing counts any more (see the note).</source>
        <translation>已没有计入的事项（见备注）。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/errors.py" line="38"/>
        <source>row {row}, {field}</source>
        <translation>第{row}行，{field}</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="42"/>
        <source>row {row}</source>
        <translation>第{row}行</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="47"/>
        <source>{where}: {message}</source>
        <translation>{where}：{message}</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="99"/>
        <source>The database address &apos;{detail}&apos; is not understood. Use a file path, sqlite:///path/to/file.db or postgresql://user@host/dbname.</source>
        <translation>无法识别数据库地址“{detail}”。请使用文件路径、sqlite:///path/to/file.db 或 postgresql://user@host/dbname 格式。</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="104"/>
        <source>The database file {detail} is read-only, or its folder is. Nothing was changed. Ask the administrator to make it writable, or choose another file.</source>
        <translation>数据库文件 {detail} 或其所在文件夹为只读，未作任何更改。请联系系统管理员开放写入权限，或选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="110"/>
        <source>The database is locked by another program. Nothing was changed. Close the other program (or wait for it to finish) and try again.</source>
        <translation>数据库被其他程序锁定，未作任何更改。请关闭该程序（或等待其完成）后重试。</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="115"/>
        <source>The database file is damaged or is not a HallDesk database ({detail}). It was not opened for writing. Restore the newest backup.</source>
        <translation>数据库文件已损坏，或不是本系统的数据库（{detail}），未以写入方式打开。请恢复最新的备份。</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="120"/>
        <source>This database was written by a newer version of HallDesk: it has database changes this version does not know ({detail}). Nothing was changed. Install the newer HallDesk to open it.</source>
        <translation>该数据库由更高版本的本系统写入，含有当前版本无法识别的数据库变更（{detail}），未作任何更改。请安装新版本后再打开。</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="126"/>
        <source>The database cannot be reached: {detail}. Nothing was changed.</source>
        <translation>无法连接数据库：{detail}。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="127"/>
        <source>The database could not be brought up to date: {detail}. The failed step was undone and a copy of the file was kept.</source>
        <translation>数据库升级失败：{detail}。失败的步骤已撤销，并已保留一份数据库文件副本。</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="132"/>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>磁盘空间已满，未保存任何内容。请清理部分空间后重试。</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="136"/>
        <source>The database file cannot be read or written ({detail}). Nothing was saved. Check that the disk or network share is still there.</source>
        <translation>无法读写数据库文件（{detail}），未保存任何内容。请检查磁盘或网络共享是否仍可访问。</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="141"/>
        <source>The database file is damaged, so HallDesk writes nothing more to it: this was not saved. You can still look things up. Ask the administrator to restore the newest good backup.</source>
        <translation>数据库文件已损坏，本系统不再向其写入：本次操作未保存。仍可查阅数据。请联系管理员恢复最新的完好备份。</translation>
    </message>
    <message>
        <location filename="../../app/notices.py" line="511"/>
        <location filename="../../app/records.py" line="28"/>
        <source>The record no longer exists (id {id}).</source>
        <translation>该记录已不存在（编号 {id}）。</translation>
    </message>
    <message>
        <location filename="../../app/records.py" line="77"/>
        <source>{user} changed this record at {time}, after you opened it. Your changes were not saved. Reload to see the current version, then make your change again.</source>
        <translation>在您打开此记录后，{user} 于 {time} 修改了该记录，您的修改未保存。请重新加载查看最新内容，然后再次修改。</translation>
    </message>
</context>
<context>
    <name>EvaluateDialog</name>
    <message>
        <location filename="../../ui/sanctions_dialogs.py" line="49"/>
        <source>{week}: Monday {start} to Sunday {end}</source>
        <translation>{week}：{start}（周一）至{end}（周日）</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_dialogs.py" line="60"/>
        <source>Week {week}: nobody reached a rule&apos;s threshold; nothing is proposed.</source>
        <translation>{week}：无人达到规则的处理标准，未提出任何建议。</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_dialogs.py" line="63"/>
        <source>Week {week}: {new} new, {updated} updated, {withdrawn} withdrawn</source>
        <translation>{week}：新增{new}条，更新{updated}条，撤回{withdrawn}条</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_dialogs.py" line="73"/>
        <source>; {unchanged} unchanged, {decided} already decided</source>
        <translation>；无变化{unchanged}条，已处理{decided}条</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_dialogs.py" line="76"/>
        <source>.</source>
        <comment>the full stop ending the sentence</comment>
        <translation>。</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_dialogs.py" line="100"/>
        <source>Evaluate a week</source>
        <translation>按周评议</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_dialogs.py" line="104"/>
        <source>The rules count each person&apos;s lapses in the chosen ISO week and propose the sanctions for a manager to confirm or dismiss. Evaluating a week again only brings its open proposals up to date; decided entries stay as they are.</source>
        <translation>规则统计每人在所选 ISO 周内的违纪次数，提出奖惩建议，由管理人员确认或不予处理。同一周再次评议时，只更新尚未处理的建议；已处理的记录保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_dialogs.py" line="112"/>
        <source>Any day of the week; the calendar shows ISO week numbers</source>
        <translation>选择该周任意一天即可；日历显示 ISO 周序号</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_dialogs.py" line="113"/>
        <source>&amp;Week of:</source>
        <translation>所在周(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_dialogs.py" line="115"/>
        <source>◀ &amp;Previous week</source>
        <translation>◀ 上一周(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_dialogs.py" line="116"/>
        <source>Ne&amp;xt week ▶</source>
        <translation>下一周(&amp;X) ▶</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_dialogs.py" line="119"/>
        <source>&amp;Evaluate</source>
        <translation>评议(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_dialogs.py" line="139"/>
        <source>What the evaluation did</source>
        <translation>评议结果</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_dialogs.py" line="140"/>
        <source>Double-click a line to show the entry in the ledger</source>
        <translation>双击某行可在台账中查看该记录</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_dialogs.py" line="181"/>
        <source>Evaluating {week}…</source>
        <translation>正在评议 {week}…</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_dialogs.py" line="187"/>
        <source>Evaluating week {week}…</source>
        <translation>正在按规则评议 {week}…</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_dialogs.py" line="195"/>
        <source>The week was not evaluated.</source>
        <translation>该周未完成评议。</translation>
    </message>
</context>
<context>
    <name>EvidencePane</name>
    <message>
        <location filename="../../ui/weekly_panels.py" line="88"/>
        <location filename="../../ui/weekly_panels.py" line="90"/>
        <location filename="../../ui/weekly_panels.py" line="106"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="107"/>
        <source>Choose a person to see their lapses here.</source>
        <translation>选择人员后，此处显示其违纪情况。</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="109"/>
        <source>Evidence: {person}</source>
        <translation>依据：{person}</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="113"/>
        <source>Nothing to show for this person in this period.</source>
        <translation>该人员在本期间没有可显示的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="115"/>
        <source>Bold: counted by a proposal. Double-click a line to open that day.</source>
        <translation>粗体：已计入处理建议。双击某行可打开当天记录。</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="117"/>
        <source>Double-click a line to open that day.</source>
        <translation>双击某行可打开当天记录。</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="128"/>
        <source>An inspection finding. Double-click to open the day in the Duty log.</source>
        <translation>巡查发现。双击可在“值班日志”中打开当天记录。</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="130"/>
        <source>A ledger entry. Double-click to show it in the Sanctions ledger.</source>
        <translation>台账记录。双击可在“奖惩台账”中查看。</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="132"/>
        <source>Double-click to open the day in Attendance.</source>
        <translation>双击可在“考勤”中打开当天记录。</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="134"/>
        <source>Counted by the week&apos;s proposal.</source>
        <translation>已计入本周处理建议。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../app/fields.py" line="8"/>
        <source>staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="9"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="10"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="11"/>
        <source>window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="12"/>
        <source>position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="13"/>
        <source>phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="14"/>
        <source>hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="15"/>
        <source>pre-job training passed on</source>
        <translation>岗前培训合格日期</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="16"/>
        <source>left on</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="17"/>
        <source>reason for leaving</source>
        <translation>离职原因</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="18"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="19"/>
        <source>window number</source>
        <translation>窗口编号</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="20"/>
        <source>window title</source>
        <translation>窗口名称</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="21"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="22"/>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="23"/>
        <source>full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="24"/>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="25"/>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="26"/>
        <source>current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="27"/>
        <source>new password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="28"/>
        <source>hall name</source>
        <translation>大厅名称</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="29"/>
        <source>lock after idle minutes</source>
        <translation>无操作自动锁定时间</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="30"/>
        <source>backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="31"/>
        <source>days backups are kept</source>
        <translation>备份保留天数</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="32"/>
        <source>retired on</source>
        <translation>停用日期</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="33"/>
        <source>reason for retiring</source>
        <translation>停用原因</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="34"/>
        <source>from (month-day)</source>
        <translation>起始（月-日）</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="35"/>
        <source>to (month-day)</source>
        <translation>截止（月-日）</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="36"/>
        <source>morning starts</source>
        <translation>上午上班</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="37"/>
        <source>morning ends</source>
        <translation>上午下班</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="38"/>
        <source>afternoon starts</source>
        <translation>下午上班</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="39"/>
        <source>afternoon ends</source>
        <translation>下午下班</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="40"/>
        <source>grace minutes</source>
        <translation>宽限分钟数</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="41"/>
        <source>in force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="42"/>
        <source>in force until</source>
        <translation>失效日期</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="43"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="44"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="45"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="46"/>
        <source>session</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="47"/>
        <source>clock-in or clock-out</source>
        <translation>签到或签退</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="48"/>
        <source>staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="49"/>
        <source>remark</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="51"/>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="52"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="53"/>
        <source>temporary outing</source>
        <translation>临时外出</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="55"/>
        <source>from</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="56"/>
        <source>to</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="57"/>
        <source>substitute</source>
        <translation>替岗人员</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="58"/>
        <source>approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="59"/>
        <source>annual-leave days</source>
        <translation>年休假天数</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="60"/>
        <source>year</source>
        <translation>年度</translation>
    </message>
</context>
<context>
    <name>FileExport</name>
    <message>
        <location filename="../../app/tabular.py" line="563"/>
        <source>{file} cannot be written: {reason}. Nothing was written.</source>
        <translation>无法写入 {file}：{reason}。未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>FileImport</name>
    <message>
        <location filename="../../app/tabular.py" line="56"/>
        <source>{file} cannot be imported: use an Excel workbook (.xlsx) or a CSV file (.csv).</source>
        <translation>无法导入 {file}：请使用 Excel 工作簿（.xlsx）或 CSV 文件（.csv）。</translation>
    </message>
    <message>
        <location filename="../../app/leave_attachments.py" line="65"/>
        <location filename="../../app/punches.py" line="140"/>
        <location filename="../../app/tabular.py" line="62"/>
        <location filename="../../app/tabular.py" line="325"/>
        <source>The file {file} does not exist.</source>
        <translation>文件 {file} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="76"/>
        <source>{file} is empty: it needs a header row and the data below it.</source>
        <translation>{file} 是空文件：文件须有一行表头，表头下方为数据。</translation>
    </message>
    <message>
        <location filename="../../app/inspections.py" line="238"/>
        <location filename="../../app/leave_attachments.py" line="82"/>
        <location filename="../../app/punch_files.py" line="132"/>
        <location filename="../../app/tabular.py" line="85"/>
        <source>The file {file} cannot be read: {reason}.</source>
        <translation>无法读取文件 {file}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="114"/>
        <source>{file} cannot be read as an Excel workbook: it is damaged, incomplete or not really an .xlsx file ({detail}). Open it in Excel, save it again and import that copy.</source>
        <translation>无法按 Excel 工作簿读取 {file}：文件已损坏、不完整或并非真正的 .xlsx 文件（{detail}）。请用 Excel 打开并重新保存，再导入保存后的文件。</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="132"/>
        <source>{file} is not in UTF-8 or GB18030, so its text would be garbled (line {line} reads “{text}”). In Excel choose Save As, then “CSV UTF-8 (comma delimited)”, and import that file.</source>
        <translation>{file} 的编码不是 UTF-8 或 GB18030，导入后文字会成为乱码（第{line}行显示为“{text}”）。请在 Excel 中选择“另存为”，保存类型选“CSV UTF-8(逗号分隔)”，再导入另存的文件。</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="195"/>
        <location filename="../../app/tabular.py" line="358"/>
        <source>{file} is not a well-formed CSV file: {detail}.</source>
        <translation>{file} 的 CSV 格式有误：{detail}。</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="434"/>
        <source>Column {column} is headed “{header}”, which this import does not know. The accepted headers are: {accepted}.</source>
        <translation>{column}列的表头“{header}”无法识别。可用的表头为：{accepted}。</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="442"/>
        <source>Columns {first} and {second} both hold the {field}. Keep one.</source>
        <translation>{first}列和{second}列都是“{field}”，请只保留其中一列。</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="454"/>
        <source>The file has no column for the {field} (header {header}).</source>
        <translation>文件中缺少“{field}”列（表头：{header}）。</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="487"/>
        <source>“{value}” is not a date. Write dates like 2021-03-01.</source>
        <translation>“{value}”不是有效日期。请按 2021-03-01 的格式填写日期。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/login.py" line="166"/>
        <location filename="../../ui/login.py" line="170"/>
        <source>Welcome to HallDesk</source>
        <translation>欢迎使用服务大厅窗口人员管理系统</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="173"/>
        <source>This database has no accounts yet. Create the administrator&apos;s account first: the administrator adds the other users and keeps the hall&apos;s settings.

HallDesk has no default password. Choose one of at least {n} characters and keep it somewhere safe.</source>
        <translation>该数据库还没有用户账户。请先创建系统管理员账户：系统管理员负责添加其他用户，并维护大厅设置。

本系统没有默认密码。请设置一个至少{n}个字符的密码，并妥善保管。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="190"/>
        <source>Administrator&apos;s &amp;user name:</source>
        <translation>系统管理员用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="191"/>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="192"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="193"/>
        <source>&amp;Repeat the password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="197"/>
        <source>Fill the database with a &amp;demo hall to try HallDesk out</source>
        <translation>写入演示大厅数据，用于试用本系统(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="201"/>
        <source>Database: {where}</source>
        <translation>数据库：{where}</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="207"/>
        <source>&amp;Create account</source>
        <translation>创建账户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="209"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="222"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="252"/>
        <source>Filling the database with a demo hall…</source>
        <translation>正在写入演示大厅数据…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="262"/>
        <source>Demo hall created</source>
        <translation>演示大厅已创建</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="264"/>
        <source>The demo hall is ready. Keep the user names and the demo password below to try the other roles; you stay logged in as the administrator.</source>
        <translation>演示大厅已准备就绪。请记下以下用户名和演示密码，用于试用其他角色；您当前仍以系统管理员身份登录。</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/staff_dialog.py" line="143"/>
        <source>R&amp;eload</source>
        <translation>重新加载(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="146"/>
        <source>Read the record again as it is saved now</source>
        <translation>重新读取该记录当前保存的内容</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="242"/>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="283"/>
        <source>{field}: yours {mine}, saved now {theirs}</source>
        <translation>{field}：您填写的是 {mine}，现已保存为 {theirs}</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="292"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>FoundPersonPicker</name>
    <message>
        <location filename="../../ui/duty_inspection.py" line="151"/>
        <source>Window (05) or pinyin (zs)</source>
        <translation>窗口号(05)或拼音(zs)</translation>
    </message>
</context>
<context>
    <name>FridayReport</name>
    <message>
        <location filename="../../app/friday_report.py" line="390"/>
        <source>{day} is not a Monday: the report covers an ISO week.</source>
        <translation>{day}不是星期一：周报按 ISO 周统计。</translation>
    </message>
</context>
<context>
    <name>HallCheck</name>
    <message>
        <location filename="../../ui/duty_tab.py" line="83"/>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="84"/>
        <source>fine</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="85"/>
        <source>problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="88"/>
        <source>Note (needed for a problem)</source>
        <translation>备注（有问题时必填）</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history_dialog.py" line="170"/>
        <source>Attendance history: {who}</source>
        <translation>考勤历史：{who}</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="175"/>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="177"/>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="179"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="180"/>
        <source>Show the sessions between the two dates (Enter)</source>
        <translation>显示两个日期之间的考勤（回车）</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="235"/>
        <source>The range ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="238"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="241"/>
        <source>Reading the attendance from {start} to {end}…</source>
        <translation>正在读取 {start} 至 {end} 的考勤…</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="251"/>
        <source>{count} sessions from {start} to {end}</source>
        <translation>{start} 至 {end} 共 {count} 个时段</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/history_dialog.py" line="59"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="60"/>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="61"/>
        <source>Session</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="62"/>
        <source>In</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="63"/>
        <source>Out</source>
        <translation>签退</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="64"/>
        <source>Status</source>
        <translation>考勤结果</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="65"/>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>InspectionBar</name>
    <message>
        <location filename="../../ui/duty_inspection.py" line="47"/>
        <source>Photo of the finding</source>
        <translation>巡查照片</translation>
    </message>
    <message>
        <location filename="../../ui/duty_inspection.py" line="49"/>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../ui/duty_inspection.py" line="194"/>
        <source>When it was seen</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../../ui/duty_inspection.py" line="196"/>
        <source>Window or person</source>
        <translation>窗口或人员</translation>
    </message>
    <message>
        <location filename="../../ui/duty_inspection.py" line="197"/>
        <source>&amp;Who:</source>
        <translation>对象(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/duty_inspection.py" line="202"/>
        <source>The category&apos;s key, as listed below</source>
        <translation>类别按键，见下方列表</translation>
    </message>
    <message>
        <location filename="../../ui/duty_inspection.py" line="203"/>
        <source>Category key</source>
        <translation>类别按键</translation>
    </message>
    <message>
        <location filename="../../ui/duty_inspection.py" line="204"/>
        <source>&amp;Key:</source>
        <translation>按键(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/duty_inspection.py" line="211"/>
        <source>Note (optional)</source>
        <translation>备注（可不填）</translation>
    </message>
    <message>
        <location filename="../../ui/duty_inspection.py" line="212"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/duty_inspection.py" line="214"/>
        <location filename="../../ui/duty_inspection.py" line="384"/>
        <source>P&amp;hoto…</source>
        <translation>照片(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/duty_inspection.py" line="214"/>
        <location filename="../../ui/duty_inspection.py" line="385"/>
        <source>Keep a photo with the finding</source>
        <translation>为该记录附一张照片</translation>
    </message>
    <message>
        <location filename="../../ui/duty_inspection.py" line="215"/>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/duty_inspection.py" line="215"/>
        <source>Record the finding (Enter)</source>
        <translation>记录该巡查发现（回车）</translation>
    </message>
    <message>
        <location filename="../../ui/duty_inspection.py" line="266"/>
        <source>Keys: </source>
        <translation>按键：</translation>
    </message>
    <message>
        <location filename="../../ui/duty_inspection.py" line="300"/>
        <source>no such key</source>
        <translation>无此按键</translation>
    </message>
    <message>
        <location filename="../../ui/duty_inspection.py" line="307"/>
        <source>P&amp;hoto ✓</source>
        <translation>照片(&amp;H) ✓</translation>
    </message>
    <message>
        <location filename="../../ui/duty_inspection.py" line="331"/>
        <source>No one found for “{text}”: type a window number or pinyin.</source>
        <translation>找不到“{text}”：请输入窗口号或拼音。</translation>
    </message>
    <message>
        <location filename="../../ui/duty_inspection.py" line="339"/>
        <source>Press the key of a category (listed below).</source>
        <translation>请按类别按键（见下方列表）。</translation>
    </message>
    <message>
        <location filename="../../ui/duty_inspection.py" line="362"/>
        <source>the hall</source>
        <translation>大厅</translation>
    </message>
    <message>
        <location filename="../../ui/duty_inspection.py" line="363"/>
        <source>Recorded at {time}: {category}, {who}.</source>
        <translation>已记录 {time}：{category}，{who}。</translation>
    </message>
    <message>
        <location filename="../../ui/duty_inspection.py" line="368"/>
        <source>Warning: {warning}</source>
        <translation>提醒：{warning}</translation>
    </message>
</context>
<context>
    <name>InspectionCategoriesDialog</name>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="205"/>
        <source>Inspection categories</source>
        <translation>巡查类别</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="208"/>
        <source>A retired category stays on the findings that have it and is no longer offered for new findings. Changing whether a category counts applies to its findings already recorded.</source>
        <translation>停用的类别仍保留在已有的巡查记录上，但不再用于新记录。修改类别是否计入考核，会同样作用于该类别已录入的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="212"/>
        <source>&amp;Add category…</source>
        <translation>添加类别(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="213"/>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="214"/>
        <source>&amp;Retire…</source>
        <translation>停用(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="215"/>
        <source>Re&amp;store</source>
        <translation>启用(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="216"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="227"/>
        <source>Retire {name}? The findings that have it keep it; it is no longer offered for new findings. It can be restored later.</source>
        <translation>停用“{name}”？已有的巡查记录仍保留该类别，但新记录中不再提供。以后可以重新启用。</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="230"/>
        <source>Retire an inspection category</source>
        <translation>停用巡查类别</translation>
    </message>
</context>
<context>
    <name>InspectionCategoriesModel</name>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="34"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="35"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="36"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="37"/>
        <source>Key</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="38"/>
        <source>Counts</source>
        <translation>计入考核</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="39"/>
        <source>Off post</source>
        <translation>脱岗</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="40"/>
        <source>Commendation</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="41"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="44"/>
        <source>The key that chooses the category when a finding is entered</source>
        <translation>录入巡查记录时选择该类别的快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="47"/>
        <source>Whether its findings count toward the weekly rule (R8)</source>
        <translation>该类记录是否计入考核（R8）</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="50"/>
        <source>An off-post finding during an approved outing or leave is a note, not a violation</source>
        <translation>在已批准的临时外出或请假期间发现的脱岗只记为备注，不算违规</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="59"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="60"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="87"/>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_categories_dialog.py" line="88"/>
        <source>in use</source>
        <translation>启用中</translation>
    </message>
</context>
<context>
    <name>Inspections</name>
    <message>
        <location filename="../../app/inspections.py" line="97"/>
        <source>A code is a-z, 0-9 and _, starting with a letter (at most 30).</source>
        <translation>代码由小写字母、数字和下划线组成，以字母开头（最多30个字符）。</translation>
    </message>
    <message>
        <location filename="../../app/inspections.py" line="102"/>
        <source>The code {code} is taken.</source>
        <translation>代码 {code} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../app/inspections.py" line="104"/>
        <source>Give the Chinese name (at most 30 characters).</source>
        <translation>请填写中文名称（最多30个字符）。</translation>
    </message>
    <message>
        <location filename="../../app/inspections.py" line="106"/>
        <location filename="../../app/inspections.py" line="379"/>
        <source>At most {n} characters.</source>
        <translation>最多{n}个字符。</translation>
    </message>
    <message>
        <location filename="../../app/inspections.py" line="109"/>
        <source>The key is one letter or digit.</source>
        <translation>快捷键为一个字母或数字。</translation>
    </message>
    <message>
        <location filename="../../app/inspections.py" line="113"/>
        <location filename="../../app/inspections.py" line="616"/>
        <source>The key {key} already chooses {name}.</source>
        <translation>快捷键 {key} 已用于“{name}”。</translation>
    </message>
    <message>
        <location filename="../../app/inspections.py" line="118"/>
        <source>A commendation cannot count as a violation or off post.</source>
        <translation>表扬不能计为违规或脱岗。</translation>
    </message>
    <message>
        <location filename="../../app/inspections.py" line="221"/>
        <source>{file} is not a photo: use JPEG, PNG, GIF, BMP or WebP.</source>
        <translation>{file} 不是照片：请使用 JPEG、PNG、GIF、BMP 或 WebP 格式。</translation>
    </message>
    <message>
        <location filename="../../app/inspections.py" line="230"/>
        <location filename="../../app/inspections.py" line="245"/>
        <source>{file} is larger than {limit} MB.</source>
        <translation>{file} 超过 {limit} MB。</translation>
    </message>
    <message>
        <location filename="../../app/inspections.py" line="298"/>
        <source>{name} was on an approved temporary outing (slip {id}, {out}–{back}): recorded as a note, not a violation</source>
        <translation>{name}当时为经批准的临时外出（请假条 {id}，{out}–{back}）：仅作记录，不计违规</translation>
    </message>
    <message>
        <location filename="../../app/inspections.py" line="303"/>
        <source>{name} was on approved leave (slip {id}, {kind}): recorded as a note, not a violation</source>
        <translation>{name}当时为经批准的请假（请假条 {id}，{kind}）：仅作记录，不计违规</translation>
    </message>
    <message>
        <location filename="../../app/inspections.py" line="313"/>
        <source>Findings are recorded under a user account.</source>
        <translation>巡查记录须以用户账户登记。</translation>
    </message>
    <message>
        <location filename="../../app/inspections.py" line="326"/>
        <source>Choose a window in use.</source>
        <translation>请选择在用的窗口。</translation>
    </message>
    <message>
        <location filename="../../app/inspections.py" line="330"/>
        <source>Choose a person employed on that day.</source>
        <translation>请选择当日在职的人员。</translation>
    </message>
    <message>
        <location filename="../../app/inspections.py" line="342"/>
        <source>Window {window} is staffed by {names}: choose the person.</source>
        <translation>{window}号窗口由{names}值守，请选择具体人员。</translation>
    </message>
    <message>
        <location filename="../../app/inspections.py" line="346"/>
        <source>{category} is about a person: choose who.</source>
        <translation>“{category}”针对具体人员，请选择是谁。</translation>
    </message>
    <message>
        <location filename="../../app/inspections.py" line="351"/>
        <source>Choose the window or the person.</source>
        <translation>请选择窗口或人员。</translation>
    </message>
    <message>
        <location filename="../../app/inspections.py" line="375"/>
        <source>The time of a finding cannot be in the future.</source>
        <translation>巡查时间不能晚于现在。</translation>
    </message>
    <message>
        <location filename="../../app/inspections.py" line="383"/>
        <source>Choose a category in use.</source>
        <translation>请选择在用的巡查类别。</translation>
    </message>
    <message>
        <location filename="../../app/inspections.py" line="420"/>
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../app/inspections.py" line="424"/>
        <source>This finding has been voided already.</source>
        <translation>该巡查记录已作废。</translation>
    </message>
</context>
<context>
    <name>InspectionsModel</name>
    <message>
        <location filename="../../ui/duty_models.py" line="188"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="189"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="190"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="191"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="192"/>
        <source>Finding</source>
        <translation>巡查情况</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="193"/>
        <source>Counts</source>
        <translation>计入</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="194"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="195"/>
        <source>Inspector</source>
        <translation>巡查人</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="198"/>
        <source>Whether the finding counts toward the weekly rule (two or more: criticism)</source>
        <translation>是否计入每周考核（两次及以上通报批评）</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="216"/>
        <source>{name} ({staff_no})</source>
        <translation>{name}（{staff_no}）</translation>
    </message>
</context>
<context>
    <name>KindDialog</name>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="111"/>
        <source>Add a kind of leave</source>
        <translation>添加请假类别</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="111"/>
        <source>Change a kind of leave</source>
        <translation>修改请假类别</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="117"/>
        <source>e.g. 探亲假</source>
        <translation>如：探亲假</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="120"/>
        <source>e.g. home visit leave</source>
        <translation>如：home visit leave</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="123"/>
        <source>e.g. home_visit</source>
        <translation>如：home_visit</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="124"/>
        <source>By clock time within one day, like the temporary outing</source>
        <translation>按当天钟点登记，与临时外出相同</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="126"/>
        <source>&amp;Chinese name:</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="127"/>
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="128"/>
        <source>Co&amp;de:</source>
        <translation>代码(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="129"/>
        <source>&amp;Outing:</source>
        <translation>外出类(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="133"/>
        <source>The Chinese name is printed on the slips; the English name is shown to readers of English. The code is a short key (lower-case letters, digits and _) that files of old slips may use instead of the name.</source>
        <translation>中文名称打印在请假条上；英文名称在英文界面中显示。代码是简短的标识（小写字母、数字和 _），旧请假记录文件可以用它代替名称。</translation>
    </message>
</context>
<context>
    <name>Leave</name>
    <message>
        <location filename="../../app/leave.py" line="167"/>
        <source>Choose who is taking leave.</source>
        <translation>请选择请假人。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="169"/>
        <source>Choose the kind of leave.</source>
        <translation>请选择请假类别。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="174"/>
        <source>{kind} is no longer offered: choose another kind.</source>
        <translation>“{kind}”已停用，请选择其他请假类别。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="177"/>
        <source>Enter the first day.</source>
        <translation>请输入开始日期。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="182"/>
        <source>A temporary outing is within one day: file leave for longer absences.</source>
        <translation>临时外出限于当天：离岗超过一天请办理请假。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="189"/>
        <source>Type the time of leaving as 0930 or 09:30.</source>
        <translation>请输入外出时间，如 0930 或 09:30。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="191"/>
        <source>Type the time of return as 1030 or 10:30.</source>
        <translation>请输入返回时间，如 1030 或 10:30。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="195"/>
        <source>An outing returns later the same day: the return is before the leaving.</source>
        <translation>临时外出应在当天晚些时候返回：返回时间早于外出时间。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="201"/>
        <source>Enter the last day.</source>
        <translation>请输入结束日期。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="203"/>
        <source>Choose morning or afternoon.</source>
        <translation>请选择上午或下午。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="205"/>
        <source>The leave ends before it starts.</source>
        <translation>结束时间早于开始时间。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="209"/>
        <source>One slip covers at most {n} days: file another slip for the time after.</source>
        <translation>一张请假条最长{n}天，之后的时间请另开请假条。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="215"/>
        <location filename="../../app/leave_attachments.py" line="175"/>
        <source>At most {n} characters.</source>
        <translation>最多 {n} 个字。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="222"/>
        <source>{name} leaves on {date}: the slip runs past it.</source>
        <translation>{name}于{date}离职，请假时间不能超过离职日期。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="229"/>
        <source>{name} left on {date}: no leave after that.</source>
        <translation>{name} 已于 {date} 离岗，此后不能请假。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="236"/>
        <source>{name} was hired on {date}.</source>
        <translation>{name} 于 {date} 入职。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="241"/>
        <source>{name} already has slip {id} ({kind}, {start} to {end}) for this time.</source>
        <translation>{name} 在此期间已有请假条 {id}（{kind}，{start} 至 {end}）。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="249"/>
        <source>{name} is the substitute on slip {id} at this time: arrange another substitute for it.</source>
        <translation>{name} 此时是请假条 {id} 的替岗人员：请为该请假条另行安排替岗人员。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="270"/>
        <source>Leave of a session or more needs a substitute arranged by the unit.</source>
        <translation>请假半天及以上，须由单位安排替岗人员。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="277"/>
        <source>Report to a duty leader&apos;s account.</source>
        <translation>请选择带班领导的账户。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="280"/>
        <source>The slip covers no workday: it will not change any attendance.</source>
        <translation>请假时间内没有工作日：不影响考勤。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="287"/>
        <source>The leave has already begun: it is recorded as a slip after the fact (补请假).</source>
        <translation>请假已经开始：按补请假登记。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="301"/>
        <source>Choose the substitute.</source>
        <translation>请选择替岗人员。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="304"/>
        <source>The substitute cannot be the person taking leave.</source>
        <translation>替岗人员不能是请假人本人。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="307"/>
        <source>{name} is not employed for the whole time.</source>
        <translation>{name} 在请假期间并非全程在职。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="310"/>
        <source>{name} works for another unit: the unit arranges the substitute from its own staff.</source>
        <translation>{name} 属于其他单位：替岗人员应由本单位从本单位人员中安排。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="316"/>
        <source>{name} has not passed pre-job training and may not staff a window.</source>
        <translation>{name} 尚未通过岗前培训，不能上窗口。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="321"/>
        <source>{name} is on leave at that time.</source>
        <translation>{name} 此时也在请假。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="324"/>
        <source>{name} is already substituting for someone else at that time.</source>
        <translation>{name} 此时已在为他人替岗。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="372"/>
        <source>Only a requested or approved slip can be changed.</source>
        <translation>只能修改待审批或已批准的请假条。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="391"/>
        <source>This slip has been decided already.</source>
        <translation>该请假条已审批。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="397"/>
        <source>You cannot approve your own slip: another leader must.</source>
        <translation>不能审批自己的请假条：须由其他领导审批。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="400"/>
        <source>Say why the slip is rejected.</source>
        <translation>请说明不批准的理由。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="429"/>
        <source>Only an approved slip can be returned.</source>
        <translation>只有已批准的请假条才能销假。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="438"/>
        <source>The return ({time}) is before the leave began ({start}).</source>
        <translation>销假时间（{time}）早于请假开始时间（{start}）。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="473"/>
        <source>Only a requested or approved slip can be cancelled.</source>
        <translation>只能撤销待审批或已批准的请假条。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="482"/>
        <source>The leave has begun: record the return (销假) instead of cancelling.</source>
        <translation>请假已经开始：请办理销假，而不是撤销。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="485"/>
        <location filename="../../app/leave_attachments.py" line="172"/>
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="707"/>
        <source>awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="708"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="709"/>
        <source>rejected</source>
        <translation>未批准</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="710"/>
        <source>returned</source>
        <translation>已销假</translation>
    </message>
    <message>
        <location filename="../../app/leave.py" line="711"/>
        <source>cancelled</source>
        <translation>已撤销</translation>
    </message>
</context>
<context>
    <name>LeaveAttachment</name>
    <message>
        <location filename="../../app/leave_attachments.py" line="55"/>
        <source>{file} cannot be attached: attach a scan or photo as PDF, JPEG, PNG, GIF, BMP, TIFF or WebP.</source>
        <translation>{file} 不能作为附件：请附上 PDF、JPEG、PNG、GIF、BMP、TIFF 或 WebP 格式的扫描件或照片。</translation>
    </message>
    <message>
        <location filename="../../app/leave_attachments.py" line="70"/>
        <source>{file} is {size} MB; an attachment may be at most {limit} MB. Scan it at a lower resolution or save it as JPEG.</source>
        <translation>{file} 有 {size} MB；附件最大 {limit} MB。请以较低分辨率扫描，或另存为 JPEG。</translation>
    </message>
    <message>
        <location filename="../../app/leave_attachments.py" line="89"/>
        <source>{file} is empty.</source>
        <translation>{file} 是空文件。</translation>
    </message>
    <message>
        <location filename="../../app/leave_attachments.py" line="93"/>
        <source>{file} is larger than {limit} MB.</source>
        <translation>{file} 超过 {limit} MB。</translation>
    </message>
    <message>
        <location filename="../../app/inspections.py" line="250"/>
        <location filename="../../app/leave_attachments.py" line="100"/>
        <source>{file} is not really a {kind} file: its contents do not match its name.</source>
        <translation>{file} 并不是 {kind} 文件：文件内容与扩展名不符。</translation>
    </message>
    <message>
        <location filename="../../app/leave_attachments.py" line="180"/>
        <location filename="../../app/leave_attachments.py" line="188"/>
        <source>This attachment has been voided already.</source>
        <translation>该附件已作废。</translation>
    </message>
</context>
<context>
    <name>LeaveBalance</name>
    <message>
        <location filename="../../app/leave_balance.py" line="199"/>
        <source>Enter 0 to {n} days, in whole or half days.</source>
        <translation>请输入 0 至 {n} 天，以整天或半天计。</translation>
    </message>
    <message>
        <location filename="../../app/leave_balance.py" line="206"/>
        <source>Enter a year from {first} to {last}.</source>
        <translation>请输入 {first} 至 {last} 之间的年份。</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../ui/staff_dialog.py" line="510"/>
        <source>Record leaving</source>
        <translation>登记离职</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="517"/>
        <source>e.g. transferred to another post</source>
        <translation>如：调任其他岗位</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="518"/>
        <source>&amp;Leaving date:</source>
        <translation>离职日期(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="519"/>
        <source>&amp;Reason:</source>
        <translation>离职原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="529"/>
        <source>{name} ({staff_no}, {unit}) leaves the active roster from this date. Their records are kept.</source>
        <translation>自离职日期起，{name}（{staff_no}，{unit}）不再列入在岗人员，其各项记录仍予保留。</translation>
    </message>
</context>
<context>
    <name>LeaveDialogs</name>
    <message>
        <location filename="../../ui/leave_dialog.py" line="545"/>
        <source>Slip {id}: {name} ({staff_no}), {kind} on {day}, {out}–{back}</source>
        <translation>请假条 {id}：{name}（{staff_no}），{kind}，{day} {out}–{back}</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="556"/>
        <source>Slip {id}: {name} ({staff_no}), {kind} from {start} {s1} to {end} {s2}</source>
        <translation>请假条 {id}：{name}（{staff_no}），{kind}，自 {start} {s1} 至 {end} {s2}</translation>
    </message>
</context>
<context>
    <name>LeaveImport</name>
    <message>
        <location filename="../../app/leave_io.py" line="104"/>
        <source>File: {file}.</source>
        <translation>文件：{file}。</translation>
    </message>
    <message>
        <location filename="../../app/leave_io.py" line="105"/>
        <source>Rows read: {n}.</source>
        <translation>共读取{n}行。</translation>
    </message>
    <message>
        <location filename="../../app/leave_io.py" line="106"/>
        <source>Slips imported: {n} ({approved} approved, {requested} awaiting approval).</source>
        <translation>导入请假条：{n} 张（已批准 {approved} 张，待审批 {requested} 张）。</translation>
    </message>
    <message>
        <location filename="../../app/leave_io.py" line="111"/>
        <source>Of these, temporary outings: {n}.</source>
        <translation>其中临时外出：{n} 张。</translation>
    </message>
    <message>
        <location filename="../../app/leave_io.py" line="114"/>
        <source>Attendance derived again for {n} staff.</source>
        <translation>已重新计算 {n} 名工作人员的考勤。</translation>
    </message>
    <message>
        <location filename="../../app/leave_io.py" line="119"/>
        <source>Warnings ({n}):</source>
        <translation>提示（{n} 条）：</translation>
    </message>
    <message>
        <location filename="../../app/leave_io.py" line="138"/>
        <source>“{value}” is not a date, a date with 上午/下午, or a date and time such as 2025-12-02 09:30.</source>
        <translation>“{value}”不是日期、带上午/下午的日期，或日期时间（如 2025-12-02 09:30）。</translation>
    </message>
    <message>
        <location filename="../../app/leave_io.py" line="292"/>
        <source>Enter the staff number.</source>
        <translation>请填写工号。</translation>
    </message>
    <message>
        <location filename="../../app/leave_io.py" line="295"/>
        <source>No staff member has the number {no}.</source>
        <translation>没有工号为 {no} 的工作人员。</translation>
    </message>
    <message>
        <location filename="../../app/leave_io.py" line="303"/>
        <source>Staff number {no} is {roster} on the roster, not {name}.</source>
        <translation>人员名册中工号 {no} 是{roster}，不是{name}。</translation>
    </message>
    <message>
        <location filename="../../app/leave_io.py" line="310"/>
        <source>Enter the kind of leave, such as 病假.</source>
        <translation>请填写请假类别，如病假。</translation>
    </message>
    <message>
        <location filename="../../app/leave_io.py" line="314"/>
        <source>“{value}” is not a kind of leave. The kinds are: {kinds}.</source>
        <translation>“{value}”不是请假类别。可用类别：{kinds}。</translation>
    </message>
    <message>
        <location filename="../../app/leave_io.py" line="331"/>
        <source>Enter the date.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <location filename="../../app/leave_io.py" line="343"/>
        <source>Several staff are called {name} ({numbers}): write the staff number.</source>
        <translation>有多名工作人员叫{name}（{numbers}），请填写工号。</translation>
    </message>
    <message>
        <location filename="../../app/leave_io.py" line="350"/>
        <source>No staff member has the number or name {value}.</source>
        <translation>没有工号或姓名为 {value} 的工作人员。</translation>
    </message>
    <message>
        <location filename="../../app/leave_io.py" line="365"/>
        <source>An outing is written with its time, such as 2025-12-02 09:30.</source>
        <translation>临时外出须写明时间，如 2025-12-02 09:30。</translation>
    </message>
    <message>
        <location filename="../../app/leave_io.py" line="371"/>
        <source>An outing is written with its time, such as 2025-12-02 10:30.</source>
        <translation>临时外出须写明时间，如 2025-12-02 10:30。</translation>
    </message>
    <message>
        <location filename="../../app/leave_io.py" line="377"/>
        <source>An outing ends on the day it starts. Absence over more than one day is leave: use another kind.</source>
        <translation>临时外出须当天返回。离岗超过一天属于请假，请改用其他类别。</translation>
    </message>
    <message>
        <location filename="../../app/leave_io.py" line="388"/>
        <source>Write the date as well as the time.</source>
        <translation>请同时填写日期和时间。</translation>
    </message>
    <message>
        <location filename="../../app/leave_io.py" line="400"/>
        <source>Several accounts are called {name}: write the user name.</source>
        <translation>有多个账户名为{name}，请填写用户名。</translation>
    </message>
    <message>
        <location filename="../../app/leave_io.py" line="407"/>
        <source>No account has the user name or full name {name}.</source>
        <translation>没有用户名或姓名为 {name} 的账户。</translation>
    </message>
    <message>
        <location filename="../../app/leave_io.py" line="414"/>
        <source>{name} is a {role}, whose role does not approve leave.</source>
        <translation>{name}的角色是{role}，无权审批请假。</translation>
    </message>
    <message>
        <location filename="../../app/leave_io.py" line="445"/>
        <source>The file says who approved its slips, and importing approved slips is approving them: your role ({role}) may not. Import it as a duty leader or manager, or empty the approved-by column to import the slips as awaiting approval.</source>
        <translation>文件中填写了批准人，导入已批准的请假条即视为审批，您的角色（{role}）无此权限。请由带班领导或管理人员导入，或清空批准人一列，按待审批导入。</translation>
    </message>
    <message>
        <location filename="../../app/leave_io.py" line="491"/>
        <source>The slip in the way is row {rows} of this file; nothing is imported, so it has no number yet.</source>
        <translation>与之冲突的是本文件第{rows}行；因整个文件未导入，该请假条尚无编号。</translation>
    </message>
    <message>
        <location filename="../../app/leave_io.py" line="504"/>
        <source>{name} approved their own slip.</source>
        <translation>{name}批准了本人的请假条。</translation>
    </message>
</context>
<context>
    <name>LeaveKinds</name>
    <message>
        <location filename="../../app/leave_kinds.py" line="98"/>
        <source>Enter a code, such as home_leave.</source>
        <translation>请输入代码，如 home_leave。</translation>
    </message>
    <message>
        <location filename="../../app/leave_kinds.py" line="100"/>
        <location filename="../../app/leave_kinds.py" line="133"/>
        <location filename="../../app/leave_kinds.py" line="149"/>
        <source>At most {n} characters.</source>
        <translation>最多 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/leave_kinds.py" line="104"/>
        <source>Use lower-case letters, digits and _ only, such as home_leave.</source>
        <translation>只能使用小写字母、数字和 _，如 home_leave。</translation>
    </message>
    <message>
        <location filename="../../app/leave_kinds.py" line="109"/>
        <source>HallDesk reads this kind by its code {code}: the code cannot change.</source>
        <translation>本系统按代码 {code} 识别此类别，代码不能修改。</translation>
    </message>
    <message>
        <location filename="../../app/leave_kinds.py" line="116"/>
        <source>This kind is on slips already ({count}), and files of old slips may name it by its code: it stays {code}.</source>
        <translation>已有请假条使用此类别（{count} 张），旧请假记录文件也可能用代码指代它，代码保持为 {code}。</translation>
    </message>
    <message>
        <location filename="../../app/leave_kinds.py" line="127"/>
        <source>The kind {name} has this code already.</source>
        <translation>类别“{name}”已使用此代码。</translation>
    </message>
    <message>
        <location filename="../../app/leave_kinds.py" line="131"/>
        <source>Enter the Chinese name, such as 探亲假.</source>
        <translation>请输入中文名称，如“探亲假”。</translation>
    </message>
    <message>
        <location filename="../../app/leave_kinds.py" line="135"/>
        <source>Write the name in Chinese: it is printed on the slips.</source>
        <translation>名称请用中文填写，它会打印在请假条上。</translation>
    </message>
    <message>
        <location filename="../../app/leave_kinds.py" line="141"/>
        <source>A retired kind is called {name}: restore it instead of adding another.</source>
        <translation>已停用的类别中有“{name}”，请重新启用它，不要另行添加。</translation>
    </message>
    <message>
        <location filename="../../app/leave_kinds.py" line="146"/>
        <source>Another kind is called {name}.</source>
        <translation>已有名为“{name}”的类别。</translation>
    </message>
    <message>
        <location filename="../../app/leave_kinds.py" line="155"/>
        <source>The kind {name} has this English name already.</source>
        <translation>类别“{name}”已使用此英文名称。</translation>
    </message>
    <message>
        <location filename="../../app/leave_kinds.py" line="164"/>
        <source>This is the temporary outing the duty officer records: it stays an outing.</source>
        <translation>这是值班员登记临时外出所用的类别，必须保持为外出类。</translation>
    </message>
    <message>
        <location filename="../../app/leave_kinds.py" line="171"/>
        <source>This kind is on slips already ({count}): switching between leave and outing would change how they count (days and sessions, or clock times within a day). Add a new kind instead.</source>
        <translation>已有请假条使用此类别（{count} 张）：在请假与外出之间切换会改变这些请假条的计算方式（按天和上下午，或按当天钟点）。请另行添加新类别。</translation>
    </message>
    <message>
        <location filename="../../app/leave_kinds.py" line="179"/>
        <source>At least one kind of leave must stay: this is the last.</source>
        <translation>至少要保留一种请假类别，这是最后一种。</translation>
    </message>
    <message>
        <location filename="../../app/leave_kinds.py" line="241"/>
        <source>{name} is retired already.</source>
        <translation>“{name}”已停用。</translation>
    </message>
    <message>
        <location filename="../../app/leave_kinds.py" line="245"/>
        <source>The temporary outing cannot be retired: the duty officer records every outing with it.</source>
        <translation>临时外出不能停用：值班员登记每次外出都要用到它。</translation>
    </message>
    <message>
        <location filename="../../app/leave_kinds.py" line="252"/>
        <source>At least one kind of leave must stay offered: add or restore another first.</source>
        <translation>至少要有一种请假类别可供选用：请先添加或重新启用另一种。</translation>
    </message>
    <message>
        <location filename="../../app/leave_kinds.py" line="267"/>
        <source>{name} is offered for new slips already.</source>
        <translation>“{name}”未停用，新请假条已可选用。</translation>
    </message>
</context>
<context>
    <name>LeaveKindsDialog</name>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="188"/>
        <source>Kinds of leave</source>
        <translation>请假类别</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="191"/>
        <source>A retired kind stays on the slips that have it and is no longer offered for new slips. The temporary outing and at least one kind of leave always stay.</source>
        <translation>停用的类别仍保留在已使用它的请假条上，但新请假条不再提供该选项。临时外出和至少一种请假类别始终保留。</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="195"/>
        <source>&amp;Add kind…</source>
        <translation>添加类别(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="196"/>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="197"/>
        <source>&amp;Retire…</source>
        <translation>停用(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="198"/>
        <source>Re&amp;store</source>
        <translation>启用(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="199"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="210"/>
        <source>Retire {name}? The slips that have it keep it; it is no longer offered for new slips. It can be restored later.</source>
        <translation>停用“{name}”？已使用它的请假条保持不变，新请假条不再提供此类别。以后可以重新启用。</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="213"/>
        <source>Retire a kind of leave</source>
        <translation>停用请假类别</translation>
    </message>
</context>
<context>
    <name>LeaveKindsModel</name>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="36"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="37"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="38"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="39"/>
        <source>Outing</source>
        <translation>外出类</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="40"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="43"/>
        <source>The Chinese name, printed on the slips</source>
        <translation>中文名称，打印在请假条上</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="44"/>
        <source>The short key files of old slips may use for the kind</source>
        <translation>旧请假记录文件可用来指代此类别的简短代码</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="45"/>
        <source>An outing is recorded by clock time within one day; leave by days and sessions</source>
        <translation>外出类按当天钟点登记；请假按天和上下午登记</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="54"/>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="56"/>
        <source>in use (slips: {n})</source>
        <translation>使用中（请假条 {n} 张）</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="57"/>
        <source>not used yet</source>
        <translation>尚未使用</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="76"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/leave_kinds_dialog.py" line="78"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>LeaveModel</name>
    <message>
        <location filename="../../ui/leave_model.py" line="85"/>
        <source>{status}, {minutes} min late</source>
        <translation>{status}，超时 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="94"/>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="101"/>
        <source>all day</source>
        <translation>全天</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="241"/>
        <source>{name} ({staff_no})</source>
        <translation>{name}（{staff_no}）</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="260"/>
        <source>after the fact (补请假)</source>
        <translation>补请假</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="267"/>
        <source>{who}, {when}</source>
        <translation>{who}，{when}</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="297"/>
        <source>Remark: {remark}</source>
        <translation>备注：{remark}</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="299"/>
        <location filename="../../ui/leave_model.py" line="389"/>
        <source>Reason: {reason}</source>
        <translation>事由：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="363"/>
        <source>{start} → {end}</source>
        <translation>{start} → {end}</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="367"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="473"/>
        <source>More days taken than the entitlement</source>
        <translation>已休天数超过应休天数</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="476"/>
        <source>Entered by a manager for this year</source>
        <translation>由管理人员为本年度设置</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="477"/>
        <source>By the national rule, from the years of service in this hall</source>
        <translation>按国家规定，依在本单位的工作年限计算</translation>
    </message>
</context>
<context>
    <name>LeaveSlipPdf</name>
    <message>
        <location filename="../../app/leave_slip_pdf.py" line="222"/>
        <source>There is no leave slip with number {id}.</source>
        <translation>没有编号为 {id} 的请假条。</translation>
    </message>
</context>
<context>
    <name>LeaveTab</name>
    <message>
        <location filename="../../ui/leave_tab.py" line="102"/>
        <source>&amp;Slips</source>
        <translation>请假条(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="103"/>
        <source>&amp;Balances</source>
        <translation>休假统计(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="112"/>
        <source>The day whose absentees are shown (PgUp / PgDn: a day back or on)</source>
        <translation>显示哪一天的请假人员（PgUp / PgDn：前一天或后一天）</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="115"/>
        <source>Away on &amp;date:</source>
        <translation>请假日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="117"/>
        <source>T&amp;oday</source>
        <translation>今天(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="117"/>
        <source>Show who is away today</source>
        <translation>显示今天请假的人员</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="124"/>
        <source>Who is away on the chosen day</source>
        <translation>所选日期的请假人员</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="148"/>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="149"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="150"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="151"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="153"/>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="157"/>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="161"/>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="164"/>
        <source>Name, staff number or pinyin (e.g. zs)</source>
        <translation>姓名、工号或拼音（如 zs）</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="168"/>
        <source>Ctrl+F. Searches the absentees and the slips; Down or Enter moves to the list; Esc clears.</source>
        <translation>Ctrl+F。同时搜索请假人员和请假条；下箭头或回车进入列表；Esc 清空。</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="172"/>
        <source>Sea&amp;rch:</source>
        <translation>搜索(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="193"/>
        <source>&amp;New slip…</source>
        <translation>新建请假条(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="193"/>
        <source>File a leave slip or an outing (Ins or Ctrl+N)</source>
        <translation>登记请假或临时外出（Ins 或 Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="197"/>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="198"/>
        <source>Change the chosen slip (Enter or F2); an approved slip goes back to approval</source>
        <translation>修改所选请假条（回车或 F2）；已批准的请假条修改后需重新审批</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="201"/>
        <source>Remark (needed to reject)</source>
        <translation>审批意见（不批准时必填）</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="203"/>
        <source>Re&amp;mark:</source>
        <translation>审批意见(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="206"/>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="206"/>
        <source>Approve the chosen slip: its sessions count as leave</source>
        <translation>批准所选请假条：所涉时段按请假计</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="209"/>
        <source>Re&amp;ject</source>
        <translation>不批准(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="209"/>
        <source>Reject the chosen slip; say why in the remark</source>
        <translation>不批准所选请假条；请在审批意见中说明理由</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="212"/>
        <source>Re&amp;turn (销假)…</source>
        <translation>销假(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="212"/>
        <source>Record when the person was back</source>
        <translation>登记本人实际返岗时间</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="215"/>
        <source>Cance&amp;l slip…</source>
        <translation>撤销(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="215"/>
        <source>Withdraw the chosen slip before it starts</source>
        <translation>在请假开始前撤销所选请假条</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="218"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="218"/>
        <source>The chosen slip as a printed 请假条 (Ctrl+P)</source>
        <translation>打印所选请假条（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="220"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="220"/>
        <source>Read the slips again (F5)</source>
        <translation>重新读取请假条（F5）</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="245"/>
        <source>Leave slips</source>
        <translation>请假条</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="369"/>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="371"/>
        <source>{unit} (retired)</source>
        <translation>{unit}（已撤销）</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="378"/>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="407"/>
        <source>{count} away: {approved} approved, {waiting} awaiting approval, {back} back</source>
        <translation>请假 {count} 人：已批准 {approved} 人，待审批 {waiting} 人，已销假 {back} 人</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="416"/>
        <source>Nobody is away today.</source>
        <translation>今天无人请假。</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="418"/>
        <source>Nobody is away on {date}.</source>
        <translation>{date} 无人请假。</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="504"/>
        <source>{shown} of {total} slips</source>
        <translation>显示 {shown} 张，共 {total} 张</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="510"/>
        <source>No slip here matches “{query}”.</source>
        <translation>没有与“{query}”相符的请假条。</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="512"/>
        <source>No slip is awaiting approval.</source>
        <translation>没有待审批的请假条。</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="514"/>
        <source>No slips match the chosen filters.</source>
        <translation>没有符合所选条件的请假条。</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="582"/>
        <source>Slip {id}, {name}: {status}</source>
        <translation>请假条 {id}，{name}：{status}</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="587"/>
        <source>reason: {reason}</source>
        <translation>事由：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="589"/>
        <source>filed by {who}, {when}</source>
        <translation>登记：{who}，{when}</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="593"/>
        <source>decided by {who}, {when}</source>
        <translation>审批：{who}，{when}</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="596"/>
        <source>remark: {remark}</source>
        <translation>备注：{remark}</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="599"/>
        <source>back at {when} (recorded by {who})</source>
        <translation>销假：{when}（{who} 登记）</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="603"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="676"/>
        <source>Slip {id} filed; it awaits a leader&apos;s approval.</source>
        <translation>请假条 {id} 已登记，等待领导审批。</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="678"/>
        <source>Slip {id} changed; it awaits a leader&apos;s approval again.</source>
        <translation>请假条 {id} 已修改，需领导重新审批。</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="695"/>
        <source>Slip {id} of {name} approved.</source>
        <translation>{name} 的请假条 {id} 已批准。</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="695"/>
        <source>Slip {id} of {name} rejected.</source>
        <translation>{name} 的请假条 {id} 未获批准。</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="721"/>
        <source>{name} is back (slip {id}).</source>
        <translation>{name} 已销假（请假条 {id}）。</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="724"/>
        <source>{name} was back {minutes} minutes after the approved {time}; the overrun counts as off post.</source>
        <translation>{name} 比批准的 {time} 晚 {minutes} 分钟返岗，超时部分按脱岗计。</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="729"/>
        <source>Back late from an outing</source>
        <translation>外出超时返岗</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="737"/>
        <source>Slip {id} cancelled.</source>
        <translation>请假条 {id} 已撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="750"/>
        <source>leave-slip-{id}</source>
        <translation>请假条-{id}</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="764"/>
        <source>Writing slip {id}…</source>
        <translation>正在生成请假条 {id}…</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="769"/>
        <source>Leave slip {id}: {name}</source>
        <translation>请假条 {id}：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="775"/>
        <location filename="../../ui/leave_tab.py" line="777"/>
        <source>The slip was saved to {path}.</source>
        <translation>请假条已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../ui/leave_tab.py" line="777"/>
        <source>Leave slip saved</source>
        <translation>请假条已保存</translation>
    </message>
</context>
<context>
    <name>LedgerFilters</name>
    <message>
        <location filename="../../ui/sanctions_filters.py" line="36"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_filters.py" line="40"/>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_filters.py" line="47"/>
        <source>All &amp;years</source>
        <translation>全部年度(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_filters.py" line="48"/>
        <source>Show the entries of every year, whatever the dates say</source>
        <translation>显示所有年度的记录，不受起止日期限制</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_filters.py" line="50"/>
        <source>Name, staff number or pinyin</source>
        <translation>姓名、工号或拼音</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_filters.py" line="52"/>
        <source>Ctrl+F. Keeps the entries whose person matches</source>
        <translation>Ctrl+F。只显示人员相符的记录</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_filters.py" line="66"/>
        <source>Fr&amp;om:</source>
        <translation>起(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_filters.py" line="57"/>
        <source>Stop showing only one person&apos;s record</source>
        <translation>取消只显示个人奖惩记录</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_filters.py" line="57"/>
        <source>Show everyone</source>
        <translation>显示全部人员</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_filters.py" line="63"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_filters.py" line="64"/>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_filters.py" line="65"/>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_filters.py" line="67"/>
        <source>&amp;To:</source>
        <translation>止(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_filters.py" line="77"/>
        <source>Sea&amp;rch:</source>
        <translation>搜索(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_filters.py" line="109"/>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_filters.py" line="111"/>
        <source>{unit} (retired)</source>
        <translation>{unit}（已停用）</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_filters.py" line="160"/>
        <source>Only the record of {person}</source>
        <translation>仅显示{person}的个人奖惩记录</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="222"/>
        <source>HallDesk is locked.</source>
        <translation>系统已锁定。</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../../ui/duty_tab.py" line="129"/>
        <source>The day shown (PgUp / PgDn: a day back or on); no future day</source>
        <translation>显示的日期（PgUp / PgDn：前一天 / 后一天）；不能选将来的日期</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="131"/>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="133"/>
        <source>Show today&apos;s log</source>
        <translation>显示今天的值班日志</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="133"/>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="142"/>
        <source>&amp;Open the day&apos;s log</source>
        <translation>开始当日值班日志(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="142"/>
        <source>Start the log of this day</source>
        <translation>开始记录这一天的值班日志</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="158"/>
        <source>Attendance</source>
        <translation>考勤情况</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="169"/>
        <source>The day&apos;s inspections</source>
        <translation>当日巡查记录</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="172"/>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="172"/>
        <source>Void the chosen finding, with the reason</source>
        <translation>作废选中的巡查记录，并说明原因</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="181"/>
        <source>Inspections</source>
        <translation>巡查记录</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="205"/>
        <source>Closing checklist: every window&apos;s power</source>
        <translation>下班检查：各窗口断电情况</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="207"/>
        <source>Space ticks the power off; Tab goes to the note; type to write it</source>
        <translation>空格勾选已断电；Tab 到备注，直接输入即可</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="212"/>
        <source>Closing checklist</source>
        <translation>下班检查</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="219"/>
        <source>Sa&amp;fety (extinguishers, emergency lights, exits):</source>
        <translation>安全（灭火器、应急灯、通道）(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="233"/>
        <source>What the next duty needs to know</source>
        <translation>需要交代给下一班的事项</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="236"/>
        <source>The day&apos;s hall attendance and anything else on record</source>
        <translation>当日大厅考勤情况及其他需记录的事项</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="242"/>
        <source>Re&amp;marks:</source>
        <translation>备注(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="252"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="252"/>
        <source>Save the checklist and notes (Ctrl+S)</source>
        <translation>保存检查情况和备注（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="257"/>
        <source>Your sign-off: every window checked, every check answered</source>
        <translation>值班人员签字：各窗口已检查，各项检查已填写</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="260"/>
        <source>Sign as duty &amp;leader</source>
        <translation>带班领导签字(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="260"/>
        <source>The duty leader&apos;s sign-off closes the day</source>
        <translation>带班领导签字后当日日志关闭</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="264"/>
        <source>Reo&amp;pen…</source>
        <translation>重新打开(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="265"/>
        <source>Open a signed day again for changes; the reason stays on record</source>
        <translation>重新打开已签字的日志以便修改；原因留档</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="218"/>
        <source>H&amp;ygiene:</source>
        <translation>卫生(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="177"/>
        <source>View photo…</source>
        <translation>查看照片…</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="178"/>
        <source>Show the photo kept with the chosen finding (double-click)</source>
        <translation>查看所选巡查记录附带的照片（双击）</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="220"/>
        <source>Doors and w&amp;indows:</source>
        <translation>门窗(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="240"/>
        <source>H&amp;andover:</source>
        <translation>交接班(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="256"/>
        <source>Sign as duty offi&amp;cer</source>
        <translation>值班人员签字(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="269"/>
        <source>Print regist&amp;er…</source>
        <translation>打印登记簿(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="270"/>
        <source>The daily duty register (领导值班登记簿) as a PDF (Ctrl+P)</source>
        <translation>领导值班登记簿 PDF（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="335"/>
        <source>{day} is still to come: choose today or a past day.</source>
        <translation>{day} 尚未到来：请选择今天或以前的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="358"/>
        <source>{n} finding(s), {v} voided</source>
        <translation>{n} 条记录，另有 {v} 条已作废</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="360"/>
        <source>{n} finding(s)</source>
        <translation>{n} 条记录</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="368"/>
        <source>{day}, {weekday}</source>
        <translation>{day} {weekday}</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="370"/>
        <source>{head}: not a workday</source>
        <translation>{head}：非工作日</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="372"/>
        <source>{head}: no duty assigned in the rota</source>
        <translation>{head}：值日安排中尚未排班</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="375"/>
        <source>{head} · Unit on duty: {unit} · Duty leader: {leader} · Duty officers: {officers}</source>
        <translation>{head} · 值日单位：{unit} · 带班领导：{leader} · 值班人员：{officers}</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="387"/>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="388"/>
        <source>Early leave</source>
        <translation>早退</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="389"/>
        <source>Absent</source>
        <translation>旷工</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="390"/>
        <source>Missing punch</source>
        <translation>缺卡</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="391"/>
        <source>Off post</source>
        <translation>脱岗</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="394"/>
        <source>{people} people, {sessions} sessions; on time: {on_time}</source>
        <translation>{people} 人，{sessions} 人次；正常：{on_time}</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="406"/>
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="409"/>
        <source>{name} ({kind}, covered by {substitute})</source>
        <translation>{name}（{kind}，{substitute} 替岗）</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="411"/>
        <source>{name} ({kind}, no substitute)</source>
        <translation>{name}（{kind}，无替岗）</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="432"/>
        <source>The log of {day} has not been opened.</source>
        <translation>{day} 的值班日志尚未开始。</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="433"/>
        <source>Open it to start the closing checklist.</source>
        <translation>开始后即可填写下班检查。</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="460"/>
        <source>CLOSED — read-only. Signed by duty officer {officer} at {officer_at} and duty leader {leader} at {leader_at}.</source>
        <translation>已关闭 — 只读。值班人员 {officer} 于 {officer_at} 签字，带班领导 {leader} 于 {leader_at} 签字。</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="472"/>
        <source>OPEN — signed by duty officer {officer} at {at}; awaiting the duty leader&apos;s sign-off.</source>
        <translation>未关闭 — 值班人员 {officer} 已于 {at} 签字，待带班领导签字。</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="479"/>
        <source>OPEN — opened by {user}; not signed yet.</source>
        <translation>未关闭 — 由 {user} 开始，尚未签字。</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="482"/>
        <source>Reopened by {user} at {at}: {reason}</source>
        <translation>{user} 于 {at} 重新打开：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="532"/>
        <source>The log of {day} is open.</source>
        <translation>{day} 的值班日志已开始。</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="583"/>
        <source>The log of {day} was saved.</source>
        <translation>{day} 的值班日志已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="597"/>
        <source>You signed the log of {day} as the duty officer.</source>
        <translation>您已作为值班人员在 {day} 的值班日志上签字。</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="611"/>
        <source>You signed the log of {day} as the duty leader: the day is closed.</source>
        <translation>您已作为带班领导在 {day} 的值班日志上签字：当日日志已关闭。</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="623"/>
        <source>Reopen {day}</source>
        <translation>重新打开 {day}</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="625"/>
        <source>Why is the log of {day} reopened? The reason stays on record and both sign-offs are cleared.</source>
        <translation>为什么重新打开 {day} 的值班日志？原因将留档，两个签字均被撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="635"/>
        <source>The log of {day} is open again.</source>
        <translation>{day} 的值班日志已重新打开。</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="649"/>
        <source>Void a finding</source>
        <translation>作废巡查记录</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="650"/>
        <source>Why is “{category}” at {time} ({who}) voided?</source>
        <translation>为什么作废 {time} 的“{category}”（{who}）？</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="682"/>
        <source>The finding “{category}” at {time} was voided.</source>
        <translation>{time} 的巡查记录“{category}”已作废。</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="700"/>
        <source>duty-register-{day}</source>
        <translation>领导值班登记簿-{day}</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="714"/>
        <source>Building the duty register of {day}…</source>
        <translation>正在生成 {day} 的领导值班登记簿…</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="720"/>
        <source>Daily duty register of {day}</source>
        <translation>{day} 领导值班登记簿</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="726"/>
        <location filename="../../ui/duty_tab.py" line="730"/>
        <source>The register was saved to {path}.</source>
        <translation>登记簿已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../ui/duty_tab.py" line="729"/>
        <source>Duty register saved</source>
        <translation>登记簿已保存</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="280"/>
        <location filename="../../ui/login.py" line="290"/>
        <source>Log in to HallDesk</source>
        <translation>登录服务大厅窗口人员管理系统</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="301"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="302"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="312"/>
        <source>Database: {where}</source>
        <translation>数据库：{where}</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="315"/>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="316"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="326"/>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="330"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Staff roster</source>
        <translation>人员名册</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Leave slips</source>
        <translation>请假管理</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Duty log</source>
        <translation>值班日志</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Sanctions ledger</source>
        <translation>奖惩台账</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>&amp;Import roster…</source>
        <translation>导入人员名册(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>Only a manager or an administrator imports the roster.</source>
        <translation>仅管理人员或系统管理员可以导入人员名册。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;Export roster…</source>
        <translation>导出人员名册(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>Import &amp;punches…</source>
        <translation>导入打卡记录(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>&amp;Verify a notice…</source>
        <translation>验证通报(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>&amp;Weekly summary…</source>
        <translation>每周汇总(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>How each unit did, who broke the rules and what to decide: the Monday meeting&apos;s figures</source>
        <translation>周一早会数据：各单位情况、违规人员及待决定事项</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>A&amp;ccount</source>
        <translation>账户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>Ad&amp;ministration</source>
        <translation>系统管理(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>Hall &amp;settings…</source>
        <translation>大厅设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>&amp;Calendar…</source>
        <translation>节假日日历(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>Work sc&amp;hedule…</source>
        <translation>作息时间(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>Leave &amp;kinds…</source>
        <translation>请假类别(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>&amp;Inspection categories…</source>
        <translation>巡查类别(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Sanction &amp;rules…</source>
        <translation>奖惩规则(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>Si&amp;gning certificate…</source>
        <translation>签名证书(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>Restore from a &amp;backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>&amp;About HallDesk</source>
        <translation>关于本系统(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>Weekly summary for the Monday meeting ({keys})</source>
        <translation>周一早会每周汇总（{keys}）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>The database HallDesk reads and writes</source>
        <translation>本系统读写的数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="439"/>
        <source>HallDesk</source>
        <translation>服务大厅窗口人员管理系统</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="531"/>
        <source>HallDesk now speaks {language}. You are still logged in; nothing else has changed.</source>
        <translation>界面语言已切换为{language}。您仍处于登录状态，其他内容均未改变。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>User: {name} ({user})</source>
        <translation>用户：{name}（{user}）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>User: {user}</source>
        <translation>用户：{user}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>Role: {role}</source>
        <translation>角色：{role}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="439"/>
        <source>HallDesk — {hall}</source>
        <translation>服务大厅窗口人员管理系统 — {hall}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="548"/>
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="658"/>
        <source>The hall settings were saved.</source>
        <translation>大厅设置已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="663"/>
        <source>About HallDesk</source>
        <translation>关于本系统</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="665"/>
        <source>&lt;b&gt;HallDesk&lt;/b&gt; {version}</source>
        <translation>&lt;b&gt;服务大厅窗口人员管理系统&lt;/b&gt; {version}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="668"/>
        <source>The front-office desk of a service hall: staff roster, attendance, duty log, leave slips and the sanctions ledger.

Database: {database}

Chinese text is shown in WenQuanYi Micro Hei (文泉驿微米黑), which ships with HallDesk under the Apache License 2.0; see LICENSE-wqy-microhei.txt in the fonts folder.</source>
        <translation>用于服务大厅窗口的日常管理：人员名册、考勤、值班日志、请假条和奖惩台账。

数据库：{database}

中文使用文泉驿微米黑（WenQuanYi Micro Hei）字体显示。该字体按 Apache License 2.0 许可随本系统分发，详见 fonts 文件夹中的 LICENSE-wqy-microhei.txt。</translation>
    </message>
</context>
<context>
    <name>MissingYearBar</name>
    <message>
        <location filename="../../ui/warning_bars.py" line="107"/>
        <source>Open the &amp;calendar…</source>
        <translation>打开节假日日历(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>MonthlySheet</name>
    <message>
        <location filename="../../app/monthly.py" line="62"/>
        <source>{year}-{month} is not a month.</source>
        <translation>{year}-{month} 不是有效的月份。</translation>
    </message>
    <message>
        <location filename="../../app/monthly.py" line="155"/>
        <source>Mo</source>
        <translation>一</translation>
    </message>
    <message>
        <location filename="../../app/monthly.py" line="156"/>
        <source>Tu</source>
        <translation>二</translation>
    </message>
    <message>
        <location filename="../../app/monthly.py" line="157"/>
        <source>We</source>
        <translation>三</translation>
    </message>
    <message>
        <location filename="../../app/monthly.py" line="158"/>
        <source>Th</source>
        <translation>四</translation>
    </message>
    <message>
        <location filename="../../app/monthly.py" line="159"/>
        <source>Fr</source>
        <translation>五</translation>
    </message>
    <message>
        <location filename="../../app/monthly.py" line="160"/>
        <source>Sa</source>
        <translation>六</translation>
    </message>
    <message>
        <location filename="../../app/monthly.py" line="161"/>
        <source>Su</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../app/monthly.py" line="167"/>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../../app/monthly.py" line="168"/>
        <source>Early leave</source>
        <translation>早退</translation>
    </message>
    <message>
        <location filename="../../app/monthly.py" line="169"/>
        <source>Missing punch</source>
        <translation>缺卡</translation>
    </message>
    <message>
        <location filename="../../app/monthly.py" line="170"/>
        <source>Absent</source>
        <translation>旷工</translation>
    </message>
    <message>
        <location filename="../../app/monthly.py" line="171"/>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../app/monthly.py" line="172"/>
        <source>On time</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../app/monthly.py" line="180"/>
        <source>rest day</source>
        <translation>休息日</translation>
    </message>
    <message>
        <location filename="../../app/monthly.py" line="181"/>
        <source>Legend: {items}. {note}</source>
        <translation>图例：{items}。{note}</translation>
    </message>
    <message>
        <location filename="../../app/monthly.py" line="183"/>
        <source>A day whose morning and afternoon differ shows both, morning first (√/迟); blank: not employed, or not yet. Totals count half-day sessions.</source>
        <translation>上午、下午不同时两者都显示，上午在前（√/迟）；空白表示不在职或尚未到该日。合计按半天（次）统计。</translation>
    </message>
    <message>
        <location filename="../../app/monthly.py" line="196"/>
        <source>The monthly sheet is an Excel workbook: name the file *.xlsx.</source>
        <translation>月度考勤表是 Excel 工作簿：文件名请以 .xlsx 结尾。</translation>
    </message>
    <message>
        <location filename="../../app/monthly.py" line="253"/>
        <source>{hall}: attendance sheet for {year}-{month}</source>
        <translation>{hall} {year}年{month}月考勤表</translation>
    </message>
    <message>
        <location filename="../../app/monthly.py" line="261"/>
        <source>Sessions up to {day}.</source>
        <translation>统计至 {day}。</translation>
    </message>
    <message>
        <location filename="../../app/monthly.py" line="263"/>
        <source>The month has not begun.</source>
        <translation>本月尚未开始。</translation>
    </message>
    <message>
        <location filename="../../app/monthly.py" line="270"/>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../app/monthly.py" line="270"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/monthly.py" line="330"/>
        <source>Prepared by: {blank}  Checked by: {blank}  Date: {blank}</source>
        <translation>制表人：{blank}  审核人：{blank}  日期：{blank}</translation>
    </message>
    <message>
        <location filename="../../app/monthly.py" line="357"/>
        <source>Page &amp;P of &amp;N</source>
        <translation>第 &amp;P 页，共 &amp;N 页</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="148"/>
        <source>Create a self-signed certificate</source>
        <translation>创建自签名证书</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="154"/>
        <source>HallDesk creates a key and a certificate in the name of {name}, valid for 10 years.</source>
        <translation>本系统将以{name}的名义生成密钥和证书，有效期10年。</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="158"/>
        <source>HallDesk creates a key and a certificate in the name of the hall, {name}, valid for 10 years. To name the issuing body instead, set it under Hall settings → Notices first.</source>
        <translation>本系统将以本大厅（{name}）的名义生成密钥和证书，有效期10年。如需改以发文机关署名，请先在“大厅设置 → 通报”中设置。</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="165"/>
        <source>The key is kept encrypted with the passphrase you choose here; whoever issues notices needs it to unlock the certificate. Keep it safe: HallDesk cannot recover a forgotten passphrase, and a new certificate would have to be created.</source>
        <translation>私钥以您在此设置的口令加密保存，印发通报的人员须输入该口令才能解锁证书。请妥善保管：口令遗忘后本系统无法找回，只能重新创建证书。</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="178"/>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="179"/>
        <source>&amp;Repeat it:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="184"/>
        <source>At least {count} characters; a few words are easier to remember.</source>
        <translation>至少{count}个字符；由几个词组成的口令更便于记忆。</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="193"/>
        <source>&amp;Create certificate</source>
        <translation>创建证书(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="210"/>
        <source>The passphrase must be at least {count} characters long.</source>
        <translation>证书口令至少需要{count}个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="219"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>NoticeDesk</name>
    <message>
        <location filename="../../ui/sanctions_notices.py" line="107"/>
        <source>Issue a notice</source>
        <translation>发文</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_notices.py" line="109"/>
        <source>Issue a numbered, signed notice of {kind} for {name}? The number is taken for good; the notice can later only be revoked by another notice.</source>
        <translation>是否为{name}印发{kind}决定（编号并签名）？文号一经使用不再收回；此后如需撤销，只能另行发文。</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_notices.py" line="123"/>
        <source>Notice {no} issued: {title}.</source>
        <translation>已发文：{no}《{title}》。</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_notices.py" line="125"/>
        <source>Notice issued</source>
        <translation>已发文</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_notices.py" line="128"/>
        <source>Issuing the notice for {name}…</source>
        <translation>正在印发{name}的决定…</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_notices.py" line="139"/>
        <source>Revoke an entry with a notice</source>
        <translation>发文撤销记录</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_notices.py" line="142"/>
        <source>Notice {no} was issued: a numbered, signed revocation notice is issued too.</source>
        <translation>该记录已发文（{no}）：撤销时将同时印发一份编号并签名的撤销决定。</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_notices.py" line="160"/>
        <source>Entry {id} revoked.</source>
        <translation>记录 {id} 已撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_notices.py" line="162"/>
        <source>Entry {id} revoked by notice {no}.</source>
        <translation>记录 {id} 已撤销，撤销决定文号为 {no}。</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_notices.py" line="164"/>
        <source>Revocation notice issued</source>
        <translation>撤销决定已印发</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_notices.py" line="167"/>
        <source>Issuing the revocation notice for {name}…</source>
        <translation>正在印发{name}的撤销决定…</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_notices.py" line="182"/>
        <location filename="../../ui/sanctions_notices.py" line="233"/>
        <source>Notice {no} was saved to {path}.</source>
        <translation>通报{no}已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_notices.py" line="184"/>
        <source>Notice {no} is stored in HallDesk; “Save notice PDF…” saves it later.</source>
        <translation>通报{no}已存入本系统，以后可通过“保存通报 PDF…”另行保存。</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_notices.py" line="192"/>
        <source>Open it now to read or print it?</source>
        <translation>是否现在打开查看或打印？</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_notices.py" line="203"/>
        <source>Notice {no}</source>
        <translation>通报{no}</translation>
    </message>
</context>
<context>
    <name>NoticeVerify</name>
    <message>
        <location filename="../../ui/notice_verify.py" line="34"/>
        <location filename="../../ui/notice_verify.py" line="45"/>
        <source>Verify a notice</source>
        <translation>核验通报</translation>
    </message>
    <message>
        <location filename="../../ui/notice_verify.py" line="36"/>
        <source>PDF document (*.pdf);;All files (*)</source>
        <translation>PDF 文档 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/notice_verify.py" line="49"/>
        <source>Genuine: this is a notice the hall issued, unchanged.</source>
        <translation>真实有效：此文件由本大厅印发，内容未经改动。</translation>
    </message>
    <message>
        <location filename="../../ui/notice_verify.py" line="50"/>
        <source>Altered: this file is not the notice the hall issued.</source>
        <translation>已被篡改：此文件与本大厅印发的通报不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/notice_verify.py" line="51"/>
        <source>Revoked: the hall issued this notice but it is no longer in force.</source>
        <translation>已撤销：此文件由本大厅印发，但已不再有效。</translation>
    </message>
    <message>
        <location filename="../../ui/notice_verify.py" line="54"/>
        <source>Unknown: the hall has no record of this file.</source>
        <translation>非本大厅印发：本大厅没有此文件的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/notice_verify.py" line="59"/>
        <source>File: {name}</source>
        <translation>文件名：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/notice_verify.py" line="61"/>
        <source>Notice number: {no}</source>
        <translation>发文字号：{no}</translation>
    </message>
    <message>
        <location filename="../../ui/notice_verify.py" line="63"/>
        <source>Title: {title}</source>
        <translation>标题：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/notice_verify.py" line="84"/>
        <source>{file} could not be checked: {error}</source>
        <translation>无法核验 {file}：{error}</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../app/notices.py" line="52"/>
        <source>genuine</source>
        <translation>真实有效</translation>
    </message>
    <message>
        <location filename="../../app/notices.py" line="53"/>
        <source>altered</source>
        <translation>已被篡改</translation>
    </message>
    <message>
        <location filename="../../app/notices.py" line="54"/>
        <source>unknown</source>
        <translation>无法识别</translation>
    </message>
    <message>
        <location filename="../../app/notices.py" line="55"/>
        <source>revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../app/notices.py" line="102"/>
        <location filename="../../app/notices.py" line="620"/>
        <source>Cannot read {file}: {error}</source>
        <translation>无法读取 {file}：{error}</translation>
    </message>
    <message>
        <location filename="../../app/notices.py" line="109"/>
        <source>Choose a PNG image of at most 2 MB (a transparent background prints best).</source>
        <translation>请选择不超过 2 MB 的 PNG 图片（透明背景打印效果最佳）。</translation>
    </message>
    <message>
        <location filename="../../app/notices.py" line="120"/>
        <source>Set the notice number prefix and the issuing body under Administration → Hall settings first.</source>
        <translation>请先在“系统管理 → 大厅设置”中设置发文字号前缀和发文机关。</translation>
    </message>
    <message>
        <location filename="../../app/notices.py" line="366"/>
        <source>Only a confirmed entry gets a notice; entry {id} is {status}.</source>
        <translation>只有已确认的记录才能发文；记录 {id} 当前为“{status}”。</translation>
    </message>
    <message>
        <location filename="../../app/notices.py" line="409"/>
        <location filename="../../app/notices.py" line="425"/>
        <source>Entry {id} is {status}; only an entry in force can be revoked.</source>
        <translation>记录 {id} 当前为“{status}”；只有生效中的记录才能撤销。</translation>
    </message>
    <message>
        <location filename="../../app/notices.py" line="416"/>
        <source>Unlock the signing certificate first.</source>
        <translation>请先解锁签名证书。</translation>
    </message>
    <message>
        <location filename="../../app/notices.py" line="573"/>
        <source>This notice was issued by the hall but has been revoked{by}.</source>
        <translation>该通报系本大厅印发，但已{by}撤销。</translation>
    </message>
    <message>
        <location filename="../../app/notices.py" line="574"/>
        <source> by {no}</source>
        <translation>由{no}</translation>
    </message>
    <message>
        <location filename="../../app/notices.py" line="582"/>
        <source>Issued by the hall on {date}; the file is unchanged and the signature is valid.</source>
        <translation>本大厅于{date}印发；文件未被改动，数字签名有效。</translation>
    </message>
    <message>
        <location filename="../../app/notices.py" line="596"/>
        <source>The file differs from the notice the hall issued.</source>
        <translation>该文件与本大厅印发的通报不一致。</translation>
    </message>
    <message>
        <location filename="../../app/notices.py" line="603"/>
        <source>This file is not the notice the hall issued: {why}</source>
        <translation>该文件不是本大厅印发的通报原件：{why}</translation>
    </message>
    <message>
        <location filename="../../app/notices.py" line="610"/>
        <source>The hall has no record of this file; it was not issued by this hall.</source>
        <translation>本大厅没有该文件的记录，该文件并非本大厅印发。</translation>
    </message>
</context>
<context>
    <name>OpenItemsTree</name>
    <message>
        <location filename="../../ui/weekly_panels.py" line="155"/>
        <source>Open items</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="156"/>
        <source>Double-click a line to open its day in the main window</source>
        <translation>双击某行可在主窗口中打开当天记录</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="160"/>
        <source>morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="160"/>
        <source>afternoon</source>
        <translation>下午</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="166"/>
        <source>Duty days not closed ({n})</source>
        <translation>值班日志未关闭（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="170"/>
        <source>Missing punches still open ({n})</source>
        <translation>缺卡尚未处理（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="173"/>
        <source>{day} {session}: {name} ({staff_no})</source>
        <translation>{day} {session}：{name}（{staff_no}）</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="186"/>
        <source>Leave slips awaiting a decision ({n})</source>
        <translation>请假条待审批（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="189"/>
        <source>{name} ({staff_no}): {kind}, {start} – {end}</source>
        <translation>{name}（{staff_no}）：{kind}，{start}至{end}</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="203"/>
        <source>Punch corrections awaiting a decision ({n})</source>
        <translation>补卡申请待审批（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="206"/>
        <source>{day} {session}: {name} ({staff_no}), {which} {time}</source>
        <translation>{day} {session}：{name}（{staff_no}），{which} {time}</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="211"/>
        <source>clock-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="211"/>
        <source>clock-out</source>
        <translation>签退</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="231"/>
        <source>A duty leader approves or refuses it in Leave slips</source>
        <translation>由带班领导在“请假管理”中批准或不批准</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="109"/>
        <source>Passphrase of the certificate file</source>
        <translation>证书文件口令</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="114"/>
        <source>Type the passphrase that protects {file}. Notices will be signed with this certificate; whoever issues notices types this passphrase to unlock it.</source>
        <translation>请输入保护 {file} 的口令。通报将使用此证书签名；印发通报的人员须输入此口令解锁证书。</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="124"/>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_dialog.py" line="131"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/pdf_preview.py" line="47"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="49"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="68"/>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/pdf_preview.py" line="117"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="119"/>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="152"/>
        <source>{pages} page(s) sent to {printer}.</source>
        <translation>已将 {pages} 页发送到 {printer}。</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="167"/>
        <source>The PDF could not be saved to {path}: {error}</source>
        <translation>无法将 PDF 保存到 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="174"/>
        <source>Saved to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="199"/>
        <source>Add a period</source>
        <translation>添加作息时段</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="199"/>
        <source>Change a period</source>
        <translation>修改作息时段</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="204"/>
        <source>e.g. winter</source>
        <translation>如：冬季</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="205"/>
        <source>MM-DD, e.g. 10-01</source>
        <translation>月-日，如 10-01</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="206"/>
        <source>MM-DD, e.g. 04-30</source>
        <translation>月-日，如 04-30</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="213"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="216"/>
        <source>A clock-in up to this many minutes after the start is not late, and a clock-out up to this many minutes before the end is not early leave.</source>
        <translation>上班打卡晚于开始时间不超过此分钟数不算迟到，下班打卡早于结束时间不超过此分钟数不算早退。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="220"/>
        <source>Only from</source>
        <translation>仅自</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="222"/>
        <source>Only until</source>
        <translation>仅至</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="228"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="229"/>
        <source>&amp;From (each year):</source>
        <translation>每年起始(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="230"/>
        <source>&amp;To (each year):</source>
        <translation>每年截止(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="231"/>
        <source>&amp;Morning starts:</source>
        <translation>上午上班(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="232"/>
        <source>Morning &amp;ends:</source>
        <translation>上午下班(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="233"/>
        <source>&amp;Afternoon starts:</source>
        <translation>下午上班(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="234"/>
        <source>Afternoon en&amp;ds:</source>
        <translation>下午下班(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="235"/>
        <source>&amp;Grace:</source>
        <translation>宽限(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="238"/>
        <source>In force f&amp;rom:</source>
        <translation>生效日期(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="244"/>
        <source>In force &amp;until:</source>
        <translation>有效期至(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="251"/>
        <source>Times as HH:MM and days as MM-DD (0800 is read as 08:00, 1001 as 10-01). Without dates the period applies every year; to change the hours from a date on, add a new period in force from that date and the days before it keep their hours.</source>
        <translation>时间写作 时:分，日期写作 月-日（0800 即 08:00，1001 即 10-01）。不填日期则每年适用；若要从某天起改变作息，请添加一个自该日起生效的新时段，此前的日子保持原作息。</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../ui/weekly_picker.py" line="40"/>
        <source>Any day of the week; the calendar shows ISO week numbers</source>
        <translation>选择该周任意一天即可；日历显示 ISO 周序号</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_picker.py" line="41"/>
        <source>&amp;Week of:</source>
        <translation>所在周(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_picker.py" line="43"/>
        <source>◀ &amp;Previous week</source>
        <translation>◀ 上一周(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_picker.py" line="43"/>
        <source>The week before</source>
        <translation>上一周</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_picker.py" line="44"/>
        <source>Ne&amp;xt week ▶</source>
        <translation>下一周(&amp;X) ▶</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_picker.py" line="44"/>
        <source>The week after</source>
        <translation>下一周</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_picker.py" line="48"/>
        <source>&amp;Year view</source>
        <translation>年度视图(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_picker.py" line="49"/>
        <source>The same totals per unit and per person for a whole year</source>
        <translation>按全年显示各单位、各人员的同类合计</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_picker.py" line="54"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_picker.py" line="58"/>
        <source>Year-end e&amp;ligibility…</source>
        <translation>年终评先评优资格(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_picker.py" line="59"/>
        <source>Who keeps the year-end award eligibility: the list in the Sanctions ledger</source>
        <translation>保留年终评先评优资格的人员名单（在奖惩台账中）</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_picker.py" line="62"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_picker.py" line="62"/>
        <source>Count again (F5)</source>
        <translation>重新统计（F5）</translation>
    </message>
</context>
<context>
    <name>PeriodsModel</name>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="104"/>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="105"/>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="106"/>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="107"/>
        <source>Morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="108"/>
        <source>Afternoon</source>
        <translation>下午</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="109"/>
        <source>Grace</source>
        <translation>宽限</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="110"/>
        <source>Applies</source>
        <translation>适用</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="113"/>
        <source>First day of the period each year (MM-DD)</source>
        <translation>每年该时段的第一天（月-日）</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="114"/>
        <source>Last day of the period each year (MM-DD)</source>
        <translation>每年该时段的最后一天（月-日）</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="115"/>
        <source>Minutes after the start (before the end) not yet counted</source>
        <translation>开始后（结束前）不计迟到（早退）的分钟数</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="116"/>
        <source>The dates between which the period is in force</source>
        <translation>该时段生效的日期范围</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="150"/>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../app/auth.py" line="59"/>
        <source>read everything except personal contact data</source>
        <translation>查看除个人联系方式外的全部信息</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="60"/>
        <source>read personal contact data</source>
        <translation>查看个人联系方式</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="61"/>
        <source>roster, units, windows</source>
        <translation>维护人员名册、单位和窗口</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="62"/>
        <source>record or correct attendance, duty log, inspections</source>
        <translation>录入或更正考勤、值班日志和巡查记录</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="65"/>
        <source>approve leave, outings, punch corrections; sign the register</source>
        <translation>审批请假、临时外出和补卡；签署领导值班登记簿</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="68"/>
        <source>confirm or revoke sanctions, issue notices</source>
        <translation>确认或撤销奖惩，印发通报</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="69"/>
        <source>users, settings, calendar, rules, certificate, restore</source>
        <translation>管理用户、系统设置、节假日日历、规则和签名证书，从备份恢复数据</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../../ui/duty_inspection.py" line="57"/>
        <source>Save the photo</source>
        <translation>保存照片</translation>
    </message>
    <message>
        <location filename="../../ui/duty_inspection.py" line="69"/>
        <source>Photo of the finding</source>
        <translation>巡查照片</translation>
    </message>
    <message>
        <location filename="../../ui/duty_inspection.py" line="77"/>
        <source>The photo cannot be shown; it can still be saved.</source>
        <translation>无法显示该照片，但仍可保存。</translation>
    </message>
    <message>
        <location filename="../../ui/duty_inspection.py" line="80"/>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/duty_inspection.py" line="82"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/duty_inspection.py" line="125"/>
        <source>The photo could not be saved to {path}: {reason}.</source>
        <translation>照片无法保存到 {path}：{reason}。</translation>
    </message>
</context>
<context>
    <name>ProposalsPane</name>
    <message>
        <location filename="../../ui/weekly_decisions.py" line="52"/>
        <source>The week&apos;s proposals</source>
        <translation>本周处理建议</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_decisions.py" line="53"/>
        <source>Double-click a proposal already in the ledger to show its entry there</source>
        <translation>双击已录入台账的处理建议，可在台账中查看该记录</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_decisions.py" line="55"/>
        <source>The rules propose nothing for this week.</source>
        <translation>按规则，本周没有处理建议。</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_decisions.py" line="58"/>
        <source>E&amp;nter in ledger</source>
        <translation>录入台账(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_decisions.py" line="59"/>
        <source>Evaluate the week: its proposals go into the sanctions ledger for a decision</source>
        <translation>评议本周：处理建议录入奖惩台账，待作出决定</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_decisions.py" line="62"/>
        <source>Con&amp;firm</source>
        <translation>确认(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_decisions.py" line="62"/>
        <source>Agree with the chosen proposal: it is in force</source>
        <translation>同意所选建议，使其生效</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_decisions.py" line="65"/>
        <source>&amp;Dismiss…</source>
        <translation>不予处理(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_decisions.py" line="65"/>
        <source>Decide that the chosen proposal does not stand, and say why</source>
        <translation>决定对所选建议不予处理，并说明理由</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_decisions.py" line="69"/>
        <source>&amp;Issue notices…</source>
        <translation>发文(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_decisions.py" line="70"/>
        <source>Show the chosen confirmed entry in the Sanctions ledger, where its notice is issued</source>
        <translation>在奖惩台账中显示所选已确认的记录，以便为其发文</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_decisions.py" line="75"/>
        <source>Only a manager may do this.</source>
        <translation>仅管理人员可执行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_decisions.py" line="183"/>
        <source>Entry {id} of {name} confirmed: {kind}. “Issue notices…” takes you to its notice.</source>
        <translation>{name}的记录 {id} 已确认：{kind}。点击“发文…”可转到该记录发文。</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_decisions.py" line="193"/>
        <source>Dismiss a proposal</source>
        <translation>不予处理</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_decisions.py" line="194"/>
        <source>Why does {kind} for {name} not stand? The reason stays on record.</source>
        <translation>对{name}的{kind}建议为何不予处理？理由将存档备查。</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_decisions.py" line="202"/>
        <source>Entry {id} dismissed.</source>
        <translation>记录 {id} 已不予处理。</translation>
    </message>
</context>
<context>
    <name>Punches</name>
    <message>
        <location filename="../../app/punches.py" line="66"/>
        <source>File: {file} ({format}).</source>
        <translation>文件：{file}（{format}）。</translation>
    </message>
    <message>
        <location filename="../../app/punches.py" line="69"/>
        <source>Lines read: {n}.</source>
        <translation>读取行数：{n}。</translation>
    </message>
    <message>
        <location filename="../../app/punches.py" line="70"/>
        <source>Punches added: {n}.</source>
        <translation>新增打卡记录：{n} 条。</translation>
    </message>
    <message>
        <location filename="../../app/punches.py" line="71"/>
        <source>Duplicates (already stored or repeated in the file): {n}.</source>
        <translation>重复记录（已导入过或文件内重复）：{n} 条。</translation>
    </message>
    <message>
        <location filename="../../app/punches.py" line="85"/>
        <source>{no} ×{n}</source>
        <translation>{no} ×{n}</translation>
    </message>
    <message>
        <location filename="../../app/punches.py" line="89"/>
        <source>Staff numbers not on the roster ({n} punches skipped): {items}.</source>
        <translation>花名册中没有的工号（已跳过 {n} 条打卡）：{items}。</translation>
    </message>
    <message>
        <location filename="../../app/punches.py" line="94"/>
        <source>Every staff number is on the roster.</source>
        <translation>所有工号均在花名册中。</translation>
    </message>
    <message>
        <location filename="../../app/punch_files.py" line="104"/>
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <location filename="../../app/punch_files.py" line="105"/>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../app/punch_files.py" line="106"/>
        <source>ZKTeco attlog</source>
        <translation>中控考勤机记录（attlog）</translation>
    </message>
    <message>
        <location filename="../../app/punch_files.py" line="118"/>
        <source>Unknown format “{format}”: use csv, xlsx or zk.</source>
        <translation>未知格式“{format}”：请使用 csv、xlsx 或 zk。</translation>
    </message>
    <message>
        <location filename="../../app/punch_files.py" line="140"/>
        <source>{file} is an old Excel workbook (.xls). Open it in Excel, save it as .xlsx and import that.</source>
        <translation>{file} 是旧版 Excel 工作簿（.xls）。请用 Excel 打开，另存为 .xlsx 后再导入。</translation>
    </message>
    <message>
        <location filename="../../app/punch_files.py" line="174"/>
        <source>this line has {n} tab-separated fields; an attlog line has 6 (PIN, time, device, status, verify, workcode).</source>
        <translation>此行有 {n} 个以制表符分隔的字段；考勤机记录每行应有 6 个（工号、时间、设备、状态、验证方式、工作代码）。</translation>
    </message>
    <message>
        <location filename="../../app/punch_files.py" line="184"/>
        <source>the PIN (staff number) is missing.</source>
        <translation>缺少工号（考勤号）。</translation>
    </message>
    <message>
        <location filename="../../app/punch_files.py" line="194"/>
        <source>“{value}” is not a time of the form YYYY-MM-DD HH:MM:SS.</source>
        <translation>“{value}”不是 YYYY-MM-DD HH:MM:SS 格式的时间。</translation>
    </message>
    <message>
        <location filename="../../app/punch_files.py" line="218"/>
        <source>staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../app/punch_files.py" line="219"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/punch_files.py" line="220"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/punch_files.py" line="227"/>
        <source>There is no column for the {what} (headed e.g. {headers}).</source>
        <translation>缺少{what}列（列标题如 {headers}）。</translation>
    </message>
    <message>
        <location filename="../../app/punch_files.py" line="233"/>
        <source>Columns {first} and {second} both hold the {what}. Keep one.</source>
        <translation>{first} 列和 {second} 列都是{what}，请只保留一列。</translation>
    </message>
    <message>
        <location filename="../../app/punch_files.py" line="255"/>
        <location filename="../../app/punches.py" line="232"/>
        <source>{file} holds no punches.</source>
        <translation>{file} 中没有打卡记录。</translation>
    </message>
    <message>
        <location filename="../../app/punch_files.py" line="258"/>
        <source>No header row found: the file needs a heading over each column, such as 工号 and 打卡时间 (or staff_no and time).</source>
        <translation>找不到标题行：文件每列需有标题，如“工号”和“打卡时间”（或 staff_no 和 time）。</translation>
    </message>
    <message>
        <location filename="../../app/punch_files.py" line="277"/>
        <source>“{value}” is not a date and time. Write times like 2026-11-02 08:01:33.</source>
        <translation>“{value}”不是日期时间，请写成 2026-11-02 08:01:33 这样的格式。</translation>
    </message>
    <message>
        <location filename="../../app/punch_files.py" line="295"/>
        <location filename="../../app/punch_files.py" line="319"/>
        <source>the time is missing.</source>
        <translation>缺少时间。</translation>
    </message>
    <message>
        <location filename="../../app/punch_files.py" line="331"/>
        <source>“{value}” is not a time of day. Write times like 08:01:33.</source>
        <translation>“{value}”不是时刻，请写成 08:01:33 这样的格式。</translation>
    </message>
    <message>
        <location filename="../../app/punch_files.py" line="348"/>
        <source>the staff number is missing.</source>
        <translation>缺少工号。</translation>
    </message>
    <message>
        <location filename="../../app/punch_files.py" line="356"/>
        <source>the date is missing.</source>
        <translation>缺少日期。</translation>
    </message>
    <message>
        <location filename="../../app/punches.py" line="77"/>
        <source>Punches from {first} to {last}; days touched: {n}.</source>
        <translation>打卡时间从 {first} 至 {last}，涉及 {n} 天。</translation>
    </message>
    <message>
        <location filename="../../app/punches.py" line="87"/>
        <source> … and {n} more</source>
        <translation> … 另有 {n} 个</translation>
    </message>
    <message>
        <location filename="../../app/punches.py" line="194"/>
        <source>the time {time} is before 2000: the terminal&apos;s clock was not set.</source>
        <translation>时间 {time} 早于 2000 年：考勤机时钟未设置。</translation>
    </message>
    <message>
        <location filename="../../app/punches.py" line="198"/>
        <source>the time {time} is in the future.</source>
        <translation>时间 {time} 在未来。</translation>
    </message>
    <message>
        <location filename="../../app/punches.py" line="205"/>
        <source>More lines are wrong; the first {n} are listed.</source>
        <translation>还有更多错误行；仅列出前 {n} 行。</translation>
    </message>
    <message>
        <location filename="../../app/punches.py" line="253"/>
        <source>Choose the staff member.</source>
        <translation>请选择工作人员。</translation>
    </message>
    <message>
        <location filename="../../app/punches.py" line="256"/>
        <source>Type the time as 0801 or 08:01.</source>
        <translation>请按 0801 或 08:01 的格式输入时间。</translation>
    </message>
    <message>
        <location filename="../../app/punches.py" line="260"/>
        <source>A punch cannot be for a future day.</source>
        <translation>不能为未来的日期录入打卡。</translation>
    </message>
    <message>
        <location filename="../../app/punches.py" line="263"/>
        <source>{time} today has not come yet.</source>
        <translation>今天的 {time} 还没到。</translation>
    </message>
    <message>
        <location filename="../../app/punches.py" line="268"/>
        <source>{name} was not employed on {day}.</source>
        <translation>{name} 在 {day} 不在职。</translation>
    </message>
    <message>
        <location filename="../../app/punches.py" line="285"/>
        <source>{name} already has a punch at {time} on {day} ({source}).</source>
        <translation>{name} 在 {day} {time} 已有打卡记录（{source}）。</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/duty_inspection.py" line="429"/>
        <source>Say why.</source>
        <translation>请说明原因。</translation>
    </message>
</context>
<context>
    <name>RecordEntryDialog</name>
    <message>
        <location filename="../../ui/sanctions_dialogs.py" line="230"/>
        <source>Record a ledger entry</source>
        <translation>录入台账记录</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_dialogs.py" line="234"/>
        <source>A commendation, an award or a penalty decided outside the weekly rules. It is confirmed at once; a notice can then be issued for it.</source>
        <translation>录入不经每周规则评议、另行决定的表扬、表彰奖励或惩处。录入后即为已确认，随后可为其发文。</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_dialogs.py" line="252"/>
        <source>What happened and why, as the notice should say it (e.g. 拾金不昧, 群众来信表扬)</source>
        <translation>按通报中的表述填写事实和理由（如：拾金不昧、群众来信表扬）</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_dialogs.py" line="255"/>
        <source>&amp;Staff member:</source>
        <translation>工作人员(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_dialogs.py" line="256"/>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_dialogs.py" line="257"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_dialogs.py" line="258"/>
        <source>&amp;Reason:</source>
        <translation>事由(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/users_dialog.py" line="231"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="231"/>
        <source>&amp;Reset password</source>
        <translation>重置密码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="235"/>
        <source>Choose a new password for {name} ({user}) and give it to them in person. This also lifts a lock after wrong passwords.</source>
        <translation>请为{name}（{user}）设置新密码，并当面告知本人。如该账户因密码输错被锁定，重置后将同时解锁。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="239"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="240"/>
        <source>R&amp;epeat the password:</source>
        <translation>确认密码(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <location filename="../../ui/units_dialog.py" line="134"/>
        <source>Retire unit</source>
        <translation>停用单位</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="136"/>
        <source>{unit} will no longer be offered for staff or windows. Its history is kept.</source>
        <translation>停用后，{unit}将不再供工作人员和窗口选用，历史记录仍予保留。</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="139"/>
        <source>Retire window</source>
        <translation>停用窗口</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="141"/>
        <source>Window {number} will no longer be offered for staff. Its history is kept.</source>
        <translation>停用后，窗口“{number}”将不再供工作人员选用，历史记录仍予保留。</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="150"/>
        <source>&amp;Reason:</source>
        <translation>停用原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="152"/>
        <source>Re&amp;tire</source>
        <translation>停用(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/leave_dialog.py" line="589"/>
        <source>Record the return (销假)</source>
        <translation>销假</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="591"/>
        <source>&amp;Record return</source>
        <translation>登记销假(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="598"/>
        <source>e.g. 1045 or 10:45</source>
        <translation>例如 1045 或 10:45</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="600"/>
        <source>Back on &amp;day:</source>
        <translation>返岗日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="601"/>
        <source>Back at &amp;time:</source>
        <translation>返岗时间(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="613"/>
        <source>Approved to be back by {time}; a later return counts as off post for the overrun.</source>
        <translation>批准于 {time} 前返回；晚于此时返回的，超时部分按脱岗计。</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="621"/>
        <source>“{text}” is not a time. Type it as 1045 or 10:45.</source>
        <translation>“{text}”不是时间。请输入如 1045 或 10:45。</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../ui/users_dialog.py" line="215"/>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="215"/>
        <source>&amp;Change role</source>
        <translation>更改角色(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="218"/>
        <source>The new role of {name} ({user}) applies from their next login.</source>
        <translation>{name}（{user}）的新角色自其下次登录时起生效。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="222"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../app/auth.py" line="37"/>
        <source>duty officer</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="38"/>
        <source>duty leader</source>
        <translation>带班领导</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="39"/>
        <source>manager</source>
        <translation>管理人员</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="40"/>
        <source>administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <location filename="../../app/roster.py" line="166"/>
        <source>A unit needs a name.</source>
        <translation>请填写单位名称。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="169"/>
        <source>A unit name has at most {n} characters.</source>
        <translation>单位名称最多{n}个字符。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="179"/>
        <source>There is already a unit called &apos;{name}&apos;.</source>
        <translation>已有名为“{name}”的单位。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="212"/>
        <source>{unit} still has active staff: {names}. Move them or record their leaving first.</source>
        <translation>{unit}仍有在岗工作人员：{names}。请先将其调至其他单位或办理离职登记。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="225"/>
        <source>{unit} still has windows in use: {numbers}. Retire or move them first.</source>
        <translation>{unit}仍有使用中的窗口：{numbers}。请先停用这些窗口或将其划归其他单位。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="242"/>
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="245"/>
        <location filename="../../app/roster.py" line="276"/>
        <location filename="../../app/roster.py" line="294"/>
        <location filename="../../app/roster.py" line="502"/>
        <location filename="../../app/roster.py" line="549"/>
        <location filename="../../app/roster.py" line="551"/>
        <location filename="../../app/roster_io.py" line="381"/>
        <source>At most {n} characters.</source>
        <translation>最多{n}个字符。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="272"/>
        <source>A window needs a number.</source>
        <translation>请填写窗口编号。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="288"/>
        <source>Window {number} exists already.</source>
        <translation>{number}号窗口已存在。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="300"/>
        <source>Choose the unit the window belongs to.</source>
        <translation>请选择该窗口所属单位。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="303"/>
        <location filename="../../app/roster.py" line="561"/>
        <source>{unit} is retired.</source>
        <translation>{unit}已停用。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="355"/>
        <source>Window {number} is still staffed by {names}. Assign them elsewhere first.</source>
        <translation>{number}号窗口仍有{names}在岗。请先将其调至其他窗口。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="500"/>
        <source>A staff number is required.</source>
        <translation>请填写工号。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="504"/>
        <source>Use letters, digits, &apos;-&apos; and &apos;_&apos; only.</source>
        <translation>只能使用字母、数字、“-”和“_”。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="328"/>
        <source>Window {number} is staffed by {names}, who belong to {unit}, not to the chosen unit. Reassign them first.</source>
        <translation>{number}号窗口的工作人员{names}属于{unit}，不属于所选单位。请先为其另行安排窗口。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="46"/>
        <source>This text holds control characters. Remove them and try again.</source>
        <translation>文本中含有控制字符，请删除后重试。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="513"/>
        <source>Staff number {no} is already used by {name}.</source>
        <translation>工号{no}已被{name}使用。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="520"/>
        <source>A name is required.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="524"/>
        <source>A name has at most {n} characters (this one has {m}).</source>
        <translation>姓名最多{n}个字符（当前为{m}个）。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="531"/>
        <source>The hire date is required.</source>
        <translation>请填写入职日期。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="533"/>
        <source>The hire date cannot be in the future.</source>
        <translation>入职日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="535"/>
        <location filename="../../app/roster.py" line="539"/>
        <source>Enter a date from {year} on.</source>
        <translation>请填写{year}年及以后的日期。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="537"/>
        <source>The training date cannot be in the future.</source>
        <translation>岗前培训合格日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="545"/>
        <source>Enter an 11-digit mobile number or a landline such as 0376-6221234.</source>
        <translation>请输入11位手机号码，或固定电话号码（如0376-6221234）。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="559"/>
        <source>Choose the person&apos;s unit.</source>
        <translation>请选择该人员所属单位。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="566"/>
        <source>That window is not in use.</source>
        <translation>该窗口不存在或已停用。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="570"/>
        <source>Window {number} belongs to another unit.</source>
        <translation>{number}号窗口属于其他单位。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="575"/>
        <source>Only someone who has passed pre-job training may staff a window: enter the training date first.</source>
        <translation>岗前培训合格后方可上岗：请先填写岗前培训合格日期。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="644"/>
        <source>Enter the leaving date.</source>
        <translation>请填写离职日期。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="648"/>
        <location filename="../../app/roster_io.py" line="374"/>
        <source>The leaving date is before the hire date ({date}).</source>
        <translation>离职日期早于入职日期（{date}），请核对。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="656"/>
        <location filename="../../app/roster_io.py" line="379"/>
        <source>The leaving date is more than a year ahead.</source>
        <translation>离职日期不能晚于一年之后，请核对。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="661"/>
        <source>{name} left on {date} already.</source>
        <translation>{name}已于{date}离职。</translation>
    </message>
</context>
<context>
    <name>RosterExport</name>
    <message>
        <location filename="../../app/roster_io.py" line="439"/>
        <source>Export the roster as an Excel workbook (.xlsx) or a CSV file (.csv).</source>
        <translation>请将人员名册导出为 Excel 工作簿（.xlsx）或 CSV 文件（.csv）。</translation>
    </message>
    <message>
        <location filename="../../app/roster_io.py" line="474"/>
        <source>Roster</source>
        <translation>人员名册</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <location filename="../../app/roster_io.py" line="82"/>
        <source>Rows read: {n}.</source>
        <translation>共读取{n}行。</translation>
    </message>
    <message>
        <location filename="../../app/roster_io.py" line="85"/>
        <source>Staff added: {n}.</source>
        <translation>新增人员：{n}名。</translation>
    </message>
    <message>
        <location filename="../../app/roster_io.py" line="86"/>
        <source>Staff added: {n} ({items}).</source>
        <translation>新增人员：{n}名（{items}）。</translation>
    </message>
    <message>
        <location filename="../../app/roster_io.py" line="90"/>
        <source>Staff updated: {n}.</source>
        <translation>更新人员：{n}名。</translation>
    </message>
    <message>
        <location filename="../../app/roster_io.py" line="91"/>
        <source>Staff updated: {n} ({items}).</source>
        <translation>更新人员：{n}名（{items}）。</translation>
    </message>
    <message>
        <location filename="../../app/roster_io.py" line="96"/>
        <source>Staff unchanged: {n}.</source>
        <translation>未变动人员：{n}名。</translation>
    </message>
    <message>
        <location filename="../../app/roster_io.py" line="98"/>
        <source>Leaving recorded: {n} ({items}).</source>
        <translation>登记离职：{n}名（{items}）。</translation>
    </message>
    <message>
        <location filename="../../app/roster_io.py" line="99"/>
        <source>Units created: {n} ({items}).</source>
        <translation>新建单位：{n}个（{items}）。</translation>
    </message>
    <message>
        <location filename="../../app/roster_io.py" line="100"/>
        <source>Windows created: {n} ({items}).</source>
        <translation>新建窗口：{n}个（{items}）。</translation>
    </message>
    <message>
        <location filename="../../app/leave_io.py" line="272"/>
        <location filename="../../app/roster_io.py" line="132"/>
        <source>Column {column} holds a value, but the column has no header. Remove the value or give the column a header.</source>
        <translation>{column}列有内容，但该列没有表头。请删除该内容，或为该列填写表头。</translation>
    </message>
    <message>
        <location filename="../../app/calendar.py" line="178"/>
        <location filename="../../app/leave_io.py" line="285"/>
        <location filename="../../app/roster_io.py" line="156"/>
        <source>This cell holds control characters. Remove them and try again.</source>
        <translation>该单元格含有控制字符，请删除后重试。</translation>
    </message>
    <message>
        <location filename="../../app/roster_io.py" line="175"/>
        <source>Staff number {no} appears more than once in the file: rows {rows}.</source>
        <translation>工号{no}在文件中重复出现：第{rows}行。</translation>
    </message>
    <message>
        <location filename="../../app/roster_io.py" line="204"/>
        <source>Someone else changed the roster while this file was imported, so nothing was imported. Import the file again.</source>
        <translation>导入期间有其他用户修改了人员名册，本次未导入任何内容。请重新导入该文件。</translation>
    </message>
    <message>
        <location filename="../../app/roster_io.py" line="336"/>
        <source>recorded as left in an imported roster file</source>
        <translation>导入的人员名册中已登记离职</translation>
    </message>
    <message>
        <location filename="../../app/roster_io.py" line="368"/>
        <source>A reason for leaving is given but no leaving date.</source>
        <translation>填写了离职原因，但未填写离职日期。</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <location filename="../../ui/roster_tab.py" line="54"/>
        <source>Import the roster</source>
        <translation>导入人员名册</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="56"/>
        <source>Roster files (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>名册文件 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="71"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="72"/>
        <source>CSV file, UTF-8 (*.csv)</source>
        <translation>CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="76"/>
        <source>Export the roster</source>
        <translation>导出人员名册</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="101"/>
        <source>Search name, staff number, window or pinyin (e.g. zs)</source>
        <translation>按姓名、工号、窗口或拼音首字母（如 zs）查找</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="103"/>
        <source>Ctrl+F. Down or Enter moves to the list; Esc clears.</source>
        <translation>快捷键 Ctrl+F。按向下键或 Enter 键转到列表，按 Esc 键清空。</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="107"/>
        <source>&amp;Search:</source>
        <translation>查找(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="114"/>
        <source>U&amp;nit:</source>
        <translation>单位(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="118"/>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="119"/>
        <source>Left</source>
        <translation>离职</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="120"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="121"/>
        <source>Sta&amp;tus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="139"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="139"/>
        <source>Add a staff member (Ins or Ctrl+N)</source>
        <translation>添加工作人员（Ins 或 Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="141"/>
        <source>E&amp;dit…</source>
        <translation>编辑(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="141"/>
        <source>Edit the chosen staff member (Enter or F2)</source>
        <translation>编辑所选工作人员（Enter 或 F2）</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="144"/>
        <source>&amp;Record leaving…</source>
        <translation>登记离职(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="144"/>
        <source>Record the date the chosen staff member leaves, and why</source>
        <translation>登记所选工作人员的离职日期和原因</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="147"/>
        <source>Und&amp;o leaving</source>
        <translation>撤销离职(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="147"/>
        <source>Take back a leaving recorded by mistake</source>
        <translation>撤销误登记的离职</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="150"/>
        <source>&amp;Units and windows…</source>
        <translation>单位和窗口(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="150"/>
        <source>Add, rename and retire units and windows</source>
        <translation>添加、重命名和停用单位及窗口</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="153"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="153"/>
        <source>Import the roster from an Excel (.xlsx) or CSV file</source>
        <translation>从 Excel（.xlsx）或 CSV 文件导入人员名册</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="156"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="156"/>
        <source>Export the roster to an Excel (.xlsx) or CSV file</source>
        <translation>将人员名册导出为 Excel（.xlsx）或 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="293"/>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="295"/>
        <source>{unit} (retired)</source>
        <translation>{unit}（已停用）</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="319"/>
        <source>{shown} of {total} staff</source>
        <translation>显示{shown}人，共{total}人</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="325"/>
        <source>No staff match the chosen unit and status.</source>
        <translation>没有符合所选单位和状态的工作人员。</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="327"/>
        <source>No staff yet — add someone or import the roster from Excel.</source>
        <translation>尚无工作人员。请添加人员，或从 Excel 导入人员名册。</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="329"/>
        <source>No staff yet — a manager can add people or import the roster from Excel.</source>
        <translation>尚无工作人员。管理人员可以添加人员，或从 Excel 导入人员名册。</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="440"/>
        <source>Take back the leaving of {name} ({staff_no}) recorded for {date}? They return to the active roster; the audit trail keeps both steps.</source>
        <translation>确定撤销{name}（{staff_no}）{date}的离职登记吗？撤销后该人员恢复在岗，操作日志将同时保留登记和撤销两项记录。</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="443"/>
        <source>Undo leaving</source>
        <translation>撤销离职</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="477"/>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="485"/>
        <source>Roster imported</source>
        <translation>人员名册导入完成</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="491"/>
        <source>roster-{date}</source>
        <translation>人员名册-{date}</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="501"/>
        <source>Exporting the roster…</source>
        <translation>正在导出人员名册…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="510"/>
        <source>Roster exported</source>
        <translation>人员名册导出完成</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="511"/>
        <source>{count} staff written to {path}.</source>
        <translation>已将{count}名工作人员导出至 {path}。</translation>
    </message>
</context>
<context>
    <name>RotaDayDialog</name>
    <message>
        <location filename="../../ui/duty_rota_page.py" line="51"/>
        <source>Duty on {day} ({weekday})</source>
        <translation>{day}（{weekday}）值日安排</translation>
    </message>
    <message>
        <location filename="../../ui/duty_rota_page.py" line="63"/>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location filename="../../ui/duty_rota_page.py" line="78"/>
        <source>e.g. swapped with 12-09: the unit&apos;s training day</source>
        <translation>例如：与 12-09 对调，本单位当天培训</translation>
    </message>
    <message>
        <location filename="../../ui/duty_rota_page.py" line="84"/>
        <source>&amp;Unit on duty:</source>
        <translation>值日单位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/duty_rota_page.py" line="85"/>
        <source>Duty &amp;leader:</source>
        <translation>带班领导(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/duty_rota_page.py" line="86"/>
        <source>Duty &amp;officer:</source>
        <translation>值班人员(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/duty_rota_page.py" line="87"/>
        <source>&amp;Second officer:</source>
        <translation>第二值班人员(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/duty_rota_page.py" line="88"/>
        <source>&amp;Why:</source>
        <translation>调整原因(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>RotaModel</name>
    <message>
        <location filename="../../ui/duty_models.py" line="279"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="280"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="281"/>
        <source>Unit on duty</source>
        <translation>值日单位</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="282"/>
        <source>Duty leader</source>
        <translation>带班领导</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="283"/>
        <source>Duty officers</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="284"/>
        <source>Changed because</source>
        <translation>调整原因</translation>
    </message>
    <message>
        <location filename="../../ui/duty_models.py" line="298"/>
        <source>{weekday} (today)</source>
        <translation>{weekday}（今天）</translation>
    </message>
</context>
<context>
    <name>RotaPage</name>
    <message>
        <location filename="../../ui/duty_rota_page.py" line="142"/>
        <source>The month shown (PgUp / PgDn: a month back or on)</source>
        <translation>显示的月份（PgUp / PgDn：上月 / 下月）</translation>
    </message>
    <message>
        <location filename="../../ui/duty_rota_page.py" line="143"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/duty_rota_page.py" line="146"/>
        <source>&amp;Generate month</source>
        <translation>生成本月(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/duty_rota_page.py" line="146"/>
        <source>Fill the month&apos;s unassigned workdays by rotation</source>
        <translation>按轮换为本月尚未排班的工作日排班</translation>
    </message>
    <message>
        <location filename="../../ui/duty_rota_page.py" line="149"/>
        <source>&amp;Change day…</source>
        <translation>调整当天(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/duty_rota_page.py" line="149"/>
        <source>Change or swap the chosen day&apos;s duty, with the reason</source>
        <translation>调整或对调选中日期的值日，并说明原因</translation>
    </message>
    <message>
        <location filename="../../ui/duty_rota_page.py" line="164"/>
        <source>Duty rota</source>
        <translation>值日安排</translation>
    </message>
    <message>
        <location filename="../../ui/duty_rota_page.py" line="207"/>
        <source>{n} workdays, {open} without duty assigned</source>
        <translation>{n} 个工作日，{open} 天尚未排班</translation>
    </message>
    <message>
        <location filename="../../ui/duty_rota_page.py" line="209"/>
        <source>{n} workdays, all assigned</source>
        <translation>{n} 个工作日，均已排班</translation>
    </message>
    <message>
        <location filename="../../ui/duty_rota_page.py" line="247"/>
        <source>{n} workdays of {month} filled by rotation.</source>
        <translation>已按轮换为 {month} 排班 {n} 个工作日。</translation>
    </message>
    <message>
        <location filename="../../ui/duty_rota_page.py" line="251"/>
        <source>Every workday of {month} already had its duty.</source>
        <translation>{month} 的每个工作日都已排班。</translation>
    </message>
    <message>
        <location filename="../../ui/duty_rota_page.py" line="269"/>
        <source>The duty of {day} was changed.</source>
        <translation>{day} 的值日安排已调整。</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="136"/>
        <source>Add a sanction rule</source>
        <translation>添加奖惩规则</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="136"/>
        <source>Change a sanction rule</source>
        <translation>修改奖惩规则</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="142"/>
        <source>e.g. ladder_warning</source>
        <translation>如：ladder_warning</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="145"/>
        <source>e.g. 一年内两次通报批评</source>
        <translation>如：一年内两次通报批评</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="148"/>
        <source>e.g. two public criticisms in a year</source>
        <translation>如：two public criticisms in a year</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="170"/>
        <location filename="../../ui/sanction_rules_dialog.py" line="424"/>
        <source>the categories marked as counting</source>
        <translation>标记为计入考核的类别</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="173"/>
        <source>The categories whose findings count toward the weekly rule, as the inspection categories mark them now</source>
        <translation>巡查类别中当前标记为计入考核的类别，其巡查记录计入每周考核</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="178"/>
        <source>exactly these (none ticked: no findings):</source>
        <translation>仅限以下类别（均不勾选则不计巡查记录）：</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="184"/>
        <source>Inspection categories that count</source>
        <translation>计入的巡查类别</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="214"/>
        <source> or more</source>
        <translation>次及以上</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="215"/>
        <source>From how many in one period the rule applies</source>
        <translation>一个统计周期内达到多少次即适用本规则</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="223"/>
        <source>The regulation&apos;s words, quoted in the notice, e.g. 一周累计迟到、早退或脱岗二次以上的，给予通报批评</source>
        <translation>制度原文，将在通报中引用，如：一周累计迟到、早退或脱岗二次以上的，给予通报批评</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="229"/>
        <source>Co&amp;de:</source>
        <translation>代码(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="230"/>
        <source>&amp;Chinese name:</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="231"/>
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="232"/>
        <source>Counted &amp;over:</source>
        <translation>统计周期(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="234"/>
        <source>&amp;Attendance:</source>
        <translation>考勤(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="236"/>
        <source>&amp;Inspections:</source>
        <translation>巡查(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="239"/>
        <source>Earlier &amp;entries:</source>
        <translation>此前处理(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="243"/>
        <source>&amp;Threshold:</source>
        <translation>阈值(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="244"/>
        <source>&amp;Leads to:</source>
        <translation>处理结果(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="245"/>
        <source>C&amp;lause:</source>
        <translation>制度条款(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="249"/>
        <source>Everything ticked counts together: with a threshold of 2, one late arrival and one finding in the same period make 2. Earlier entries are confirmed (or issued) ledger entries of those kinds, for a ladder such as two public criticisms in a year leading to a warning. The rule proposes its consequence; a manager confirms it.</source>
        <translation>所有勾选项合并计数：阈值为2时，同一周期内迟到一次、巡查记录一次，合计即为2次。“此前处理”指台账中已确认（或已印发通报）的上述类别记录，用于逐级加重处理，例如一年内两次通报批评给予警告。规则只提出处理建议，由管理人员确认。</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="303"/>
        <source>{name} (retired)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="414"/>
        <source>{field}: yours {mine}, saved now {theirs}</source>
        <translation>{field}：您填写的是 {mine}，现已保存为 {theirs}</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="426"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="437"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>SanctionRulesDialog</name>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="458"/>
        <source>Sanction rules</source>
        <translation>奖惩规则</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="461"/>
        <source>Each week HallDesk applies the rules in use and proposes their consequences; a manager confirms or dismisses each proposal. A retired rule proposes nothing new; what it proposed stays in the ledger. A changed rule applies from the next evaluation; entries already confirmed or dismissed keep what they were decided on.</source>
        <translation>本系统每周按启用中的规则进行评议并提出处理建议，由管理人员逐条确认或不予处理。规则停用后不再提出新的建议，此前提出的记录仍保留在台账中。规则修改后自下一次评议起适用，已确认或不予处理的记录仍按原决定执行。</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="467"/>
        <source>&amp;Add rule…</source>
        <translation>添加规则(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="468"/>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="469"/>
        <source>&amp;Retire…</source>
        <translation>停用(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="470"/>
        <source>Re&amp;store</source>
        <translation>启用(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="471"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="486"/>
        <source>Retire the rule {name}? It proposes nothing from now on; the entries it proposed stay in the ledger. It can be restored later.</source>
        <translation>停用规则“{name}”？停用后该规则不再提出处理建议，此前提出的记录仍保留在台账中。以后可以重新启用。</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="489"/>
        <source>Retire a sanction rule</source>
        <translation>停用奖惩规则</translation>
    </message>
</context>
<context>
    <name>SanctionRulesModel</name>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="48"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="49"/>
        <source>Over</source>
        <translation>统计周期</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="50"/>
        <source>Counts</source>
        <translation>计入内容</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="51"/>
        <source>From</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="52"/>
        <source>Leads to</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="53"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="56"/>
        <source>The period the rule counts over</source>
        <translation>规则的统计周期</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="57"/>
        <source>Attendance flags, inspection findings and earlier ledger entries that count</source>
        <translation>计入的考勤异常、巡查记录和此前台账记录</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="60"/>
        <source>From how many in one period the rule proposes its consequence</source>
        <translation>一个统计周期内达到多少次时，规则提出处理建议</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="63"/>
        <source>The penalty the rule proposes</source>
        <translation>规则建议给予的处理</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="84"/>
        <source>{n} or more</source>
        <translation>{n}次及以上</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="89"/>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/sanction_rules_dialog.py" line="90"/>
        <source>in use</source>
        <translation>启用中</translation>
    </message>
</context>
<context>
    <name>Sanctions</name>
    <message>
        <location filename="../../app/sanction_counts.py" line="264"/>
        <location filename="../../ui/weekly_models.py" line="390"/>
        <source>morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <location filename="../../app/sanction_counts.py" line="266"/>
        <location filename="../../ui/weekly_models.py" line="390"/>
        <source>afternoon</source>
        <translation>下午</translation>
    </message>
    <message>
        <location filename="../../app/sanction_counts.py" line="270"/>
        <source>clocked in {time}, due {due}</source>
        <translation>签到{time}，上班时间{due}</translation>
    </message>
    <message>
        <location filename="../../app/sanction_counts.py" line="274"/>
        <source>clocked out {time}, until {due}</source>
        <translation>签退{time}，下班时间{due}</translation>
    </message>
    <message>
        <location filename="../../app/sanction_counts.py" line="278"/>
        <source>no punch {start}–{end}</source>
        <translation>{start}–{end}无打卡记录</translation>
    </message>
    <message>
        <location filename="../../app/sanction_counts.py" line="282"/>
        <source>in {cin}, out {cout}</source>
        <translation>签到{cin}，签退{cout}</translation>
    </message>
    <message>
        <location filename="../../app/sanction_counts.py" line="286"/>
        <source>off post during {start}–{end}</source>
        <translation>{start}–{end}期间脱岗</translation>
    </message>
    <message>
        <location filename="../../app/sanction_counts.py" line="289"/>
        <source>{day} {session} {flag}: {detail}</source>
        <translation>{day} {session}{flag}：{detail}</translation>
    </message>
    <message>
        <location filename="../../app/sanction_counts.py" line="293"/>
        <source>{time} inspection by {inspector}: {category}</source>
        <translation>{time} {inspector}巡查：{category}</translation>
    </message>
    <message>
        <location filename="../../app/sanction_counts.py" line="297"/>
        <source> (window {window})</source>
        <translation>（{window}号窗口）</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="30"/>
        <source>late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="31"/>
        <source>early leave</source>
        <translation>早退</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="32"/>
        <source>absent</source>
        <translation>旷工</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="33"/>
        <source>off post</source>
        <translation>脱岗</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="34"/>
        <source>missing punch</source>
        <translation>缺卡</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="61"/>
        <source>commendation</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="62"/>
        <source>award</source>
        <translation>表彰奖励</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="63"/>
        <source>public criticism</source>
        <translation>通报批评</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="64"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="65"/>
        <source>demerit</source>
        <translation>记过</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="66"/>
        <source>demotion</source>
        <translation>降职</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="67"/>
        <source>dismissal</source>
        <translation>辞退</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="68"/>
        <source>loss of year-end award eligibility</source>
        <translation>取消年终评先评优资格</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="85"/>
        <source>ISO week</source>
        <translation>自然周</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="86"/>
        <source>calendar month</source>
        <translation>自然月</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="87"/>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="150"/>
        <source>&apos;{value}&apos; is not a week: write YYYY-Www, such as 2026-W48.</source>
        <translation>“{value}”不是有效的周，请按 YYYY-Www 填写，如 2026-W48。</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="193"/>
        <source>findings of counting categories</source>
        <translation>计入考核类别的巡查记录</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="254"/>
        <source>A code is 1 to 30 lower-case letters, digits or _, starting with a letter.</source>
        <translation>代码由1至30个小写字母、数字或下划线组成，以字母开头。</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="266"/>
        <source>Another rule has the code {code}.</source>
        <translation>代码 {code} 已被其他规则使用。</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="269"/>
        <source>A name needs 1 to 100 characters.</source>
        <translation>名称须为1至100个字符。</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="271"/>
        <location filename="../../app/sanction_rules.py" line="317"/>
        <location filename="../../app/sanctions.py" line="467"/>
        <location filename="../../app/sanctions.py" line="558"/>
        <source>At most {n} characters.</source>
        <translation>最多{n}个字符。</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="273"/>
        <source>Choose a week, a month or a year.</source>
        <translation>请选择按周、按月或按年统计。</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="279"/>
        <source>Unknown attendance flag: {flags}.</source>
        <translation>未知的考勤类型：{flags}。</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="290"/>
        <source>Unknown inspection category: {codes}.</source>
        <translation>未知的巡查类别：{codes}。</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="298"/>
        <source>Choose kinds from the list.</source>
        <translation>请从列表中选择类别。</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="300"/>
        <source>A rule must count something.</source>
        <translation>规则至少须统计一项内容。</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="307"/>
        <source>The threshold is a whole number from 1 to 99.</source>
        <translation>次数标准须为1至99之间的整数。</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="310"/>
        <source>Choose the penalty the rule leads to.</source>
        <translation>请选择该规则对应的处理措施。</translation>
    </message>
    <message>
        <location filename="../../app/sanction_rules.py" line="313"/>
        <source>A rule cannot count the kind it leads to.</source>
        <translation>规则不能统计其自身对应的处理类别。</translation>
    </message>
    <message>
        <location filename="../../app/sanctions.py" line="59"/>
        <source>proposed</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../app/sanctions.py" line="60"/>
        <location filename="../../app/sanctions.py" line="498"/>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../app/sanctions.py" line="61"/>
        <source>notice issued</source>
        <translation>已发文</translation>
    </message>
    <message>
        <location filename="../../app/sanctions.py" line="62"/>
        <location filename="../../app/sanctions.py" line="517"/>
        <source>dismissed</source>
        <translation>不予处理</translation>
    </message>
    <message>
        <location filename="../../app/sanctions.py" line="63"/>
        <location filename="../../app/sanctions.py" line="116"/>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../app/sanctions.py" line="64"/>
        <location filename="../../app/sanctions.py" line="531"/>
        <source>revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../app/sanctions.py" line="113"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../app/sanctions.py" line="114"/>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../app/sanctions.py" line="115"/>
        <source>unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../../app/sanctions.py" line="117"/>
        <source>proposed again</source>
        <translation>重新提出</translation>
    </message>
    <message>
        <location filename="../../app/sanctions.py" line="118"/>
        <source>already decided</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../app/sanctions.py" line="137"/>
        <source>Withdrawn: the count fell from {was} to {now}, under the threshold of {threshold}.</source>
        <translation>已撤回：次数由{was}次降至{now}次，低于次数标准{threshold}次。</translation>
    </message>
    <message>
        <location filename="../../app/sanctions.py" line="141"/>
        <source>Evidence changed: the count went from {was} to {now}.</source>
        <translation>依据已变化：次数由{was}次变为{now}次。</translation>
    </message>
    <message>
        <location filename="../../app/sanctions.py" line="145"/>
        <source>Proposed again: the count is {now} (threshold {threshold}).</source>
        <translation>重新提出：次数为{now}次（次数标准{threshold}次）。</translation>
    </message>
    <message>
        <location filename="../../app/sanctions.py" line="151"/>
        <source>No longer counted: {items}.</source>
        <translation>不再计入：{items}。</translation>
    </message>
    <message>
        <location filename="../../app/sanctions.py" line="153"/>
        <source>Now counted: {items}.</source>
        <translation>新计入：{items}。</translation>
    </message>
    <message>
        <location filename="../../app/sanctions.py" line="463"/>
        <location filename="../../app/sanctions.py" line="555"/>
        <source>Give the reason; it stays on record.</source>
        <translation>请填写原因，原因将留档。</translation>
    </message>
    <message>
        <location filename="../../app/sanctions.py" line="481"/>
        <source>Entry {id} is {status} now; it cannot be {action}.</source>
        <translation>记录 {id} 当前为“{status}”，不能改为“{action}”。</translation>
    </message>
    <message>
        <location filename="../../app/sanctions.py" line="548"/>
        <source>Choose a staff member.</source>
        <translation>请选择工作人员。</translation>
    </message>
    <message>
        <location filename="../../app/sanctions.py" line="550"/>
        <source>Choose a kind from the list.</source>
        <translation>请从列表中选择类别。</translation>
    </message>
    <message>
        <location filename="../../app/sanctions.py" line="552"/>
        <source>The date cannot be in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>SanctionsDetails</name>
    <message>
        <location filename="../../ui/sanctions_details.py" line="36"/>
        <source>changed by an evaluation</source>
        <translation>评议更新</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="37"/>
        <source>confirmed</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="38"/>
        <source>dismissed</source>
        <translation>不予处理</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="39"/>
        <source>notice issued</source>
        <translation>发文</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="40"/>
        <source>revoked with a notice</source>
        <translation>发文撤销</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="41"/>
        <source>revoked</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="42"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="56"/>
        <source>proposed by an evaluation</source>
        <translation>评议提出</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="58"/>
        <source>entered and confirmed</source>
        <translation>录入并确认</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="62"/>
        <source>{when} {what} by {user}</source>
        <translation>{when} 由 {user} {what}</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="69"/>
        <source>revocation</source>
        <translation>撤销决定</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="71"/>
        <source>decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="73"/>
        <source>{no} ({kind}), issued by {user} on {when}</source>
        <translation>{no}（{kind}），{user} 于 {when} 印发</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="77"/>
        <source>; revoked by {no}</source>
        <translation>；已被 {no} 撤销</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="83"/>
        <source>Double-click or press Enter to open {day} in Attendance</source>
        <translation>双击或按回车，在“考勤”中打开 {day}</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="87"/>
        <source>Double-click or press Enter to open {day} in the Duty log</source>
        <translation>双击或按回车，在“值班日志”中打开 {day}</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="90"/>
        <source>Double-click or press Enter to show this entry in the ledger</source>
        <translation>双击或按回车，在台账中显示该记录</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="96"/>
        <source>Entry</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="97"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="98"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="103"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="104"/>
        <source>{rule}, period {period}</source>
        <translation>{rule}，统计周期 {period}</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="112"/>
        <source>Counted</source>
        <translation>计次</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="113"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="115"/>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="116"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="118"/>
        <source>Why dismissed</source>
        <translation>不予处理原因</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="120"/>
        <source>Why revoked</source>
        <translation>撤销原因</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="124"/>
        <source>Steps</source>
        <translation>处理经过</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="129"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="132"/>
        <source>Notices</source>
        <translation>发文情况</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_details.py" line="133"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>SanctionsModel</name>
    <message>
        <location filename="../../ui/sanctions_model.py" line="90"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_model.py" line="91"/>
        <location filename="../../ui/sanctions_model.py" line="185"/>
        <location filename="../../ui/sanctions_model.py" line="259"/>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_model.py" line="92"/>
        <location filename="../../ui/sanctions_model.py" line="186"/>
        <location filename="../../ui/sanctions_model.py" line="260"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_model.py" line="93"/>
        <location filename="../../ui/sanctions_model.py" line="187"/>
        <location filename="../../ui/sanctions_model.py" line="261"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_model.py" line="94"/>
        <location filename="../../ui/sanctions_model.py" line="262"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_model.py" line="95"/>
        <source>Rule or reason</source>
        <translation>规则或事由</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_model.py" line="96"/>
        <location filename="../../ui/sanctions_model.py" line="263"/>
        <source>Period</source>
        <translation>统计周期</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_model.py" line="97"/>
        <location filename="../../ui/sanctions_model.py" line="264"/>
        <source>Counted</source>
        <translation>计次</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_model.py" line="98"/>
        <location filename="../../ui/sanctions_model.py" line="265"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_model.py" line="99"/>
        <source>Notice no.</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_model.py" line="102"/>
        <source>The day of the last counted lapse, or the day a manager entered</source>
        <translation>最后一次计次违纪的日期，或管理人员录入的日期</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_model.py" line="105"/>
        <source>The week, month or year the rule counted over</source>
        <translation>规则统计的周、月或年度</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_model.py" line="106"/>
        <source>How many lapses the rule counted in the period</source>
        <translation>规则在统计周期内计入的违纪次数</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_model.py" line="107"/>
        <source>The number of the signed notice (发文字号)</source>
        <translation>已签名通报的发文字号</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_model.py" line="188"/>
        <source>Eligible</source>
        <translation>保留资格</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_model.py" line="189"/>
        <source>Why not, or what is still open</source>
        <translation>取消原因或待定事项</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_model.py" line="192"/>
        <source>Keeps the year-end award eligibility (评先评优资格) of the chosen year</source>
        <translation>是否保留所选年度的年终评先评优资格</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_model.py" line="213"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_model.py" line="215"/>
        <source>yes, pending a decision</source>
        <translation>是（待定）</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_model.py" line="217"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_model.py" line="258"/>
        <source>Change</source>
        <translation>变动</translation>
    </message>
</context>
<context>
    <name>SanctionsTab</name>
    <message>
        <location filename="../../ui/sanctions_dialogs.py" line="286"/>
        <source>{no} — {title}</source>
        <translation>{no}《{title}》</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_dialogs.py" line="291"/>
        <source>Save notice PDF</source>
        <translation>保存通报 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_dialogs.py" line="292"/>
        <source>&amp;Notice:</source>
        <translation>通报(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="89"/>
        <source>&amp;Ledger</source>
        <translation>台账(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="90"/>
        <source>Year-end &amp;eligibility</source>
        <translation>年终评先评优资格(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="107"/>
        <source>Apply the rules to a week and propose sanctions</source>
        <translation>按规则评议某一周，提出待确认的奖惩建议</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="107"/>
        <source>Evaluate &amp;week…</source>
        <translation>按周评议(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="111"/>
        <source>Recor&amp;d entry…</source>
        <translation>录入记录(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="112"/>
        <source>Enter a commendation, an award or a penalty directly (confirmed at once)</source>
        <translation>直接录入表扬、表彰奖励或惩处（录入即确认）</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="115"/>
        <source>Agree with the chosen proposal: it is in force</source>
        <translation>同意所选建议，使其生效</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="118"/>
        <source>Decide that the chosen proposal does not stand, and say why</source>
        <translation>决定对所选建议不予处理，并说明理由</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="123"/>
        <source>Number, sign and store the notice of the chosen confirmed entry</source>
        <translation>为所选已确认记录编发文字号、签名并存档通报</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="128"/>
        <source>Revoke the chosen entry in force; one with a notice gets a revocation notice</source>
        <translation>撤销所选已生效的记录；已发文的将同时印发撤销决定</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="131"/>
        <source>Every entry of the chosen entry&apos;s person, all years</source>
        <translation>所选记录当事人历年的全部奖惩记录</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="115"/>
        <source>Co&amp;nfirm</source>
        <translation>确认(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="118"/>
        <source>D&amp;ismiss…</source>
        <translation>不予处理(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="122"/>
        <source>Issue notice…</source>
        <translation>发文…</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="127"/>
        <source>Revoke…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="131"/>
        <source>Person&apos;s record</source>
        <translation>个人奖惩记录</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="134"/>
        <source>Save a notice of the chosen entry as a PDF file</source>
        <translation>将所选记录的通报保存为 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="134"/>
        <source>Save notice PDF…</source>
        <translation>保存通报 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="136"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="136"/>
        <source>Read the ledger again (F5)</source>
        <translation>重新读取台账（F5）</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="147"/>
        <source>Only a manager may do this.</source>
        <translation>仅管理人员可执行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="165"/>
        <source>Sanctions ledger</source>
        <translation>奖惩台账</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="268"/>
        <source>{shown} of {total} entries</source>
        <translation>显示 {shown} 条，共 {total} 条</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="274"/>
        <source>No entry here matches “{query}”.</source>
        <translation>没有与“{query}”相符的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="277"/>
        <source>No entries match the chosen filters. Evaluate a week to have the rules propose sanctions.</source>
        <translation>没有符合所选条件的记录。可按周评议，由规则提出奖惩建议。</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="280"/>
        <source>No entries match the chosen filters.</source>
        <translation>没有符合所选条件的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="469"/>
        <source>The week was evaluated: {n} proposal(s) changed.</source>
        <translation>评议完成：{n} 条建议有变动。</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="481"/>
        <source>Entry {id} recorded and confirmed.</source>
        <translation>记录 {id} 已录入并确认。</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="497"/>
        <source>Entry {id} of {name} confirmed: {kind}. A notice can now be issued.</source>
        <translation>{name}的记录 {id} 已确认：{kind}。现在可以发文。</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="507"/>
        <source>Dismiss a proposal</source>
        <translation>不予处理</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="508"/>
        <source>Why does {kind} for {name} not stand? The reason stays on record.</source>
        <translation>对{name}的{kind}建议为何不予处理？理由将存档备查。</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="516"/>
        <source>Entry {id} dismissed.</source>
        <translation>记录 {id} 已不予处理。</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="531"/>
        <source>Why is {kind} for {name} revoked? The reason stays on record.</source>
        <translation>为何撤销对{name}的{kind}？理由将存档备查。</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="538"/>
        <source>Revoke an entry</source>
        <translation>撤销记录</translation>
    </message>
    <message>
        <location filename="../../ui/sanctions_tab.py" line="545"/>
        <source>Entry {id} revoked.</source>
        <translation>记录 {id} 已撤销。</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../app/schedule.py" line="168"/>
        <source>Give the period a name, such as winter or summer.</source>
        <translation>请为时段命名，如冬季或夏季。</translation>
    </message>
    <message>
        <location filename="../../app/schedule.py" line="171"/>
        <source>Write the month and day as MM-DD, such as 10-01.</source>
        <translation>月日请写作 月-日，如 10-01。</translation>
    </message>
    <message>
        <location filename="../../app/schedule.py" line="178"/>
        <source>Write the time as HH:MM, such as 08:00.</source>
        <translation>时间请写作 时:分，如 08:00。</translation>
    </message>
    <message>
        <location filename="../../app/schedule.py" line="180"/>
        <source>The morning must end after it starts.</source>
        <translation>上午下班时间必须晚于上班时间。</translation>
    </message>
    <message>
        <location filename="../../app/schedule.py" line="182"/>
        <source>The afternoon must start after the morning ends.</source>
        <translation>下午上班时间不能早于上午下班时间。</translation>
    </message>
    <message>
        <location filename="../../app/schedule.py" line="184"/>
        <source>The afternoon must end after it starts.</source>
        <translation>下午下班时间必须晚于上班时间。</translation>
    </message>
    <message>
        <location filename="../../app/schedule.py" line="186"/>
        <source>Grace is 0 to {n} minutes.</source>
        <translation>宽限为 0 至 {n} 分钟。</translation>
    </message>
    <message>
        <location filename="../../app/schedule.py" line="188"/>
        <source>The period ends before it starts.</source>
        <translation>有效期截止日早于生效日期。</translation>
    </message>
    <message>
        <location filename="../../app/schedule.py" line="224"/>
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="51"/>
        <source>winter</source>
        <translation>冬季</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="52"/>
        <source>summer</source>
        <translation>夏季</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="76"/>
        <source>none: no period covers this date, so nobody has sessions on it</source>
        <translation>无：没有时段覆盖这一天，因此当天没有任何人的考勤</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="79"/>
        <source>{morning}, {afternoon} ({period})</source>
        <translation>{morning}，{afternoon}（{period}）</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="85"/>
        <source>, {n} minutes&apos; grace</source>
        <translation>，宽限 {n} 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="92"/>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="96"/>
        <source>from {first}</source>
        <translation>自 {first} 起</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="98"/>
        <source>until {last}</source>
        <translation>至 {last} 止</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="99"/>
        <source>every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="390"/>
        <source>The period was voided or no longer exists.</source>
        <translation>该时段已作废或已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="406"/>
        <source>Work schedule</source>
        <translation>作息时间</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="422"/>
        <source>Periods of the work schedule</source>
        <translation>作息时段</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="426"/>
        <source>Saving or voiding a period changes the attendance of the days it covers: HallDesk derives the attendance of those days again, from the same punches, the next time they are shown. To keep the hours of past days, add a period in force from a date instead of changing the old one.</source>
        <translation>保存或作废时段会改变其覆盖日期的考勤：下次显示这些日期时，本系统会依据同样的打卡记录重新计算。若要保留以往日期的作息，请添加一个自某日起生效的时段，而不要修改原时段。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="435"/>
        <source>&amp;Add period…</source>
        <translation>添加时段(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="436"/>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="437"/>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="438"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="481"/>
        <source>Today&apos;s hours: {hours}</source>
        <translation>今日作息：{hours}</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="484"/>
        <source> — today is not a workday</source>
        <translation>——今天不是工作日</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="494"/>
        <source>No period covers {runs}: nobody has sessions on those days. Add a period for them.</source>
        <translation>没有时段覆盖 {runs}：这些日子没有任何人的考勤。请为其添加时段。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/settings.py" line="48"/>
        <source>Enter 0 (never lock) to 240 minutes.</source>
        <translation>请输入0至240分钟（0表示不自动锁定）。</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="54"/>
        <source>The hall name needs 1 to 100 characters.</source>
        <translation>大厅名称须为1至100个字符。</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="61"/>
        <source>At most {n} characters.</source>
        <translation>最多{n}个字符。</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="65"/>
        <source>Enter the prefix alone, such as 新人社窗; the year and number are added.</source>
        <translation>只需填写前缀，如“新人社窗”；年份和序号由系统自动添加。</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="74"/>
        <source>Printed registers are in Chinese (zh_CN) or English (en).</source>
        <translation>打印登记簿的语言只能是中文（zh_CN）或英文（en）。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="87"/>
        <source>Choose the database file</source>
        <translation>选择数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="89"/>
        <source>HallDesk database (*.db);;All files (*)</source>
        <translation>数据库文件 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="113"/>
        <source>Hall settings</source>
        <translation>大厅设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="123"/>
        <source>Service hall</source>
        <translation>服务大厅</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="132"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="133"/>
        <source>never</source>
        <translation>不锁定</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="146"/>
        <source>Hall &amp;name:</source>
        <translation>大厅名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="134"/>
        <source>0 means HallDesk never locks by itself.</source>
        <translation>设为 0 表示本系统从不自动锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="76"/>
        <source>Choose the backups folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="101"/>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>PNG 图片 (*.png);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="143"/>
        <source>The daily duty register and the Friday report print in this language.</source>
        <translation>每日值班登记簿和周五考勤周报以此语言打印。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="148"/>
        <source>&amp;Lock HallDesk after idle:</source>
        <translation>无操作自动锁定(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="151"/>
        <source>Language of printed &amp;registers:</source>
        <translation>打印登记簿语言(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="161"/>
        <source>Who may do what</source>
        <translation>角色权限</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="186"/>
        <source>The administrator always keeps administration.</source>
        <translation>系统管理员始终保留系统管理权限。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="191"/>
        <source>Changes to who may do what apply at each user&apos;s next login.</source>
        <translation>权限调整在各用户下次登录时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="197"/>
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="202"/>
        <source>A database file, or postgresql://user@server/dbname for a hall with several PCs.</source>
        <translation>填写数据库文件；大厅多台电脑共用数据库时，填写 postgresql://user@server/dbname。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="204"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="205"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="214"/>
        <source>Where the daily copies and the copies before each upgrade go: empty for the data folder, or a USB stick or a network share.</source>
        <translation>每日备份和每次升级前备份的存放位置：留空则存放在数据文件夹，也可选择U盘或网络共享文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="219"/>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="221"/>
        <source>Bac&amp;kups folder:</source>
        <translation>备份文件夹(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="225"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="226"/>
        <source>Kee&amp;p backups for:</source>
        <translation>备份保留(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="232"/>
        <source>This hall&apos;s database is on a PostgreSQL server: it is backed up there with pg_dump.</source>
        <translation>本大厅的数据库位于 PostgreSQL 服务器上，由服务器端使用 pg_dump 备份。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="237"/>
        <source>Only this PC uses these settings. A new database location applies the next time HallDesk starts.</source>
        <translation>以上设置仅对本机有效。更改数据库位置后，下次启动 HallDesk 时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="260"/>
        <source>Notices</source>
        <translation>通报</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="271"/>
        <source>e.g. 新人社窗</source>
        <translation>如：新人社窗</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="272"/>
        <source>e.g. 新县人力资源和社会保障局</source>
        <translation>如：新县人力资源和社会保障局</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="273"/>
        <source>e.g. 局属各单位、各窗口：</source>
        <translation>如：局属各单位、各窗口：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="274"/>
        <source>e.g. 窗口工作人员管理制度</source>
        <translation>如：窗口工作人员管理制度</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="284"/>
        <source>&amp;Issuing body (发文机关署名):</source>
        <translation>发文机关署名(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="285"/>
        <source>&amp;Header (发文机关标志):</source>
        <translation>发文机关标志(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="286"/>
        <source>&amp;Addressed to (主送机关):</source>
        <translation>主送机关(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="287"/>
        <source>Printed b&amp;y (印发机关):</source>
        <translation>印发机关(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="288"/>
        <source>Re&amp;gulation title:</source>
        <translation>制度名称(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="290"/>
        <source>Notice number pre&amp;fix:</source>
        <translation>发文字号前缀(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="294"/>
        <source>The regulation decisions rely on, quoted as 《…》 in notices</source>
        <translation>决定所依据的制度，在通报中以《…》引用</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="303"/>
        <source>S&amp;eal image:</source>
        <translation>印章图片(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="304"/>
        <source>Signa&amp;ture image:</source>
        <translation>签名图片(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="311"/>
        <source>Choose PNG…</source>
        <translation>选择 PNG 图片…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="314"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="332"/>
        <source>Every notice carries the header, its number, the issuing body and the seal. A PNG with a transparent background prints best.</source>
        <translation>每份通报均载有发文机关标志、发文字号、发文机关署名和印章。使用透明背景的 PNG 图片打印效果最佳。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="353"/>
        <source>Numbers read: {example}</source>
        <translation>发文字号示例：{example}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="357"/>
        <source>Numbers read like {example}; notices cannot be issued without a prefix.</source>
        <translation>发文字号形如{example}；未设置前缀无法印发通报。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="369"/>
        <source>&lt;issuing body&gt;文件</source>
        <translation>&lt;发文机关&gt;文件</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="370"/>
        <source>&lt;issuing body&gt;办公室</source>
        <translation>&lt;发文机关&gt;办公室</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="384"/>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} 像素</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="388"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="395"/>
        <source>Choose the seal image</source>
        <translation>选择印章图片</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="395"/>
        <source>Choose the signature image</source>
        <translation>选择签名图片</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="435"/>
        <source>Enter a database file or a postgresql:// address.</source>
        <translation>请填写数据库文件或 postgresql:// 地址。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="481"/>
        <source>This PC&apos;s settings could not be saved: {error}</source>
        <translation>本机设置未能保存：{error}</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../../app/certificate.py" line="80"/>
        <source>This certificate is already the hall&apos;s.</source>
        <translation>本大厅已有该证书。</translation>
    </message>
    <message>
        <location filename="../../app/certificate.py" line="114"/>
        <source>This file is too large for a certificate.</source>
        <translation>该文件过大，不是有效的证书文件。</translation>
    </message>
    <message>
        <location filename="../../app/certificate.py" line="119"/>
        <source>Cannot read {file}: {error}</source>
        <translation>无法读取 {file}：{error}</translation>
    </message>
    <message>
        <location filename="../../app/certificate.py" line="145"/>
        <source>The hall has no signing certificate yet: the administrator imports one or creates one under Administration → Signing certificate.</source>
        <translation>本大厅尚无签名证书：请系统管理员在“系统管理 → 签名证书”中导入或创建。</translation>
    </message>
    <message>
        <location filename="../../app/signing.py" line="55"/>
        <source>The passphrase must be at least {count} characters long.</source>
        <translation>口令至少需要{count}个字符。</translation>
    </message>
    <message>
        <location filename="../../app/signing.py" line="62"/>
        <source>The certificate needs a name.</source>
        <translation>请填写证书名称。</translation>
    </message>
    <message>
        <location filename="../../app/signing.py" line="64"/>
        <source>A certificate must be valid for at least a year.</source>
        <translation>证书有效期不得少于一年。</translation>
    </message>
    <message>
        <location filename="../../app/signing.py" line="161"/>
        <source>The file is not a certificate file (PKCS#12, .p12 or .pfx) with a private key.</source>
        <translation>该文件不是含私钥的证书文件（PKCS#12，.p12 或 .pfx）。</translation>
    </message>
    <message>
        <location filename="../../app/signing.py" line="186"/>
        <source>The passphrase does not open this certificate file.</source>
        <translation>口令不正确，无法打开该证书文件。</translation>
    </message>
    <message>
        <location filename="../../app/signing.py" line="196"/>
        <source>The private key in the file does not belong to its certificate.</source>
        <translation>文件中的私钥与其证书不匹配。</translation>
    </message>
    <message>
        <location filename="../../app/signing.py" line="204"/>
        <source>The certificate expired on {date}.</source>
        <translation>证书已于{date}过期。</translation>
    </message>
    <message>
        <location filename="../../app/signing.py" line="211"/>
        <source>The certificate is not valid before {date}.</source>
        <translation>证书自{date}起才生效。</translation>
    </message>
    <message>
        <location filename="../../app/signing.py" line="302"/>
        <source>The document cannot be signed: it is not a readable PDF ({reason}).</source>
        <translation>无法进行数字签名：该文档不是可读取的 PDF（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../app/signing.py" line="308"/>
        <source>The document is already signed.</source>
        <translation>该文档已有数字签名。</translation>
    </message>
    <message>
        <location filename="../../app/signing.py" line="357"/>
        <source>The file is not a PDF document.</source>
        <translation>该文件不是 PDF 文档。</translation>
    </message>
    <message>
        <location filename="../../app/signing.py" line="361"/>
        <source>The file is not a readable PDF document.</source>
        <translation>该文件不是可读取的 PDF 文档。</translation>
    </message>
    <message>
        <location filename="../../app/signing.py" line="363"/>
        <source>The document carries no digital signature.</source>
        <translation>该文档没有数字签名。</translation>
    </message>
    <message>
        <location filename="../../app/signing.py" line="377"/>
        <location filename="../../app/signing.py" line="404"/>
        <source>The signature in the document is damaged.</source>
        <translation>文档中的数字签名已损坏。</translation>
    </message>
    <message>
        <location filename="../../app/signing.py" line="396"/>
        <source>The document was altered after it was signed.</source>
        <translation>文档在签名后已被篡改。</translation>
    </message>
    <message>
        <location filename="../../app/signing.py" line="410"/>
        <source>The signature does not match the document.</source>
        <translation>数字签名与文档内容不符。</translation>
    </message>
    <message>
        <location filename="../../app/signing.py" line="412"/>
        <source>The document was changed after it was signed.</source>
        <translation>文档在签名后又被修改过。</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <location filename="../../ui/leave_dialog.py" line="67"/>
        <source>Add a scan to the slip</source>
        <translation>为请假条添加扫描件</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="69"/>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp);;All files (*)</source>
        <translation>扫描件和照片 (*.pdf *.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="122"/>
        <source>New leave slip</source>
        <translation>新建请假条</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="122"/>
        <source>Edit leave slip</source>
        <translation>修改请假条</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="129"/>
        <source>Choose the kind</source>
        <translation>选择类别</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="135"/>
        <source>e.g. 0930 or 09:30</source>
        <translation>例如 0930 或 09:30</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="138"/>
        <source>e.g. 1100 or 11:00</source>
        <translation>例如 1100 或 11:00</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="142"/>
        <source>e.g. fever, seeing a doctor</source>
        <translation>例如：发烧就医</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="144"/>
        <source>Who covers the window: name, staff number or pinyin</source>
        <translation>替岗人员：姓名、工号或拼音</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="149"/>
        <source>Add sc&amp;an…</source>
        <translation>添加扫描件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="150"/>
        <source>Keep a scan or photo (a sick note) with the slip</source>
        <translation>随请假条保存扫描件或照片（如病假证明）</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="151"/>
        <source>Op&amp;en</source>
        <translation>打开(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="152"/>
        <source>Open the chosen scan</source>
        <translation>打开所选扫描件</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="157"/>
        <source>&amp;Person:</source>
        <translation>请假人(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="158"/>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="159"/>
        <location filename="../../ui/leave_dialog.py" line="306"/>
        <source>&amp;From:</source>
        <translation>开始(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="160"/>
        <source>&amp;To:</source>
        <translation>结束(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="161"/>
        <source>&amp;Leaves at:</source>
        <translation>外出时间(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="162"/>
        <source>&amp;Back by:</source>
        <translation>返回时间(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="163"/>
        <source>&amp;Reason:</source>
        <translation>事由(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="164"/>
        <source>S&amp;ubstitute:</source>
        <translation>替岗人员(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="165"/>
        <source>Reported t&amp;o:</source>
        <translation>报告带班领导(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="168"/>
        <source>Scans:</source>
        <translation>扫描件：</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="263"/>
        <source>{name} ({chinese})</source>
        <translation>{name}（{chinese}）</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="271"/>
        <source>— not reported yet —</source>
        <translation>— 尚未报告 —</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="280"/>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="306"/>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="326"/>
        <source>Edit leave slip {id}: {name}</source>
        <translation>修改请假条 {id}：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="416"/>
        <source>{file} (kept when the slip is saved)</source>
        <translation>{file}（保存请假条时一并保存）</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="420"/>
        <source>No scans</source>
        <translation>无扫描件</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="504"/>
        <source>Edit leave slip {id}</source>
        <translation>修改请假条 {id}</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="510"/>
        <source>The slip is saved, but {file} was not kept: {why}</source>
        <translation>请假条已保存，但 {file} 未能保存：{why}</translation>
    </message>
</context>
<context>
    <name>SlipsModel</name>
    <message>
        <location filename="../../ui/leave_model.py" line="190"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="191"/>
        <source>Staff member</source>
        <translation>请假人</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="192"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="193"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="194"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="195"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="196"/>
        <source>Substitute</source>
        <translation>替岗人员</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="197"/>
        <source>Reported to</source>
        <translation>报告带班领导</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="198"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="199"/>
        <source>After the fact</source>
        <translation>补请假</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="200"/>
        <source>Decided by, at</source>
        <translation>审批人、时间</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="203"/>
        <source>补请假: the slip was filed after the leave had begun; it still needs approval</source>
        <translation>补请假：请假开始后才登记的请假条，仍需审批</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="206"/>
        <source>The leader who approved or rejected the slip, and when</source>
        <translation>批准或不批准请假条的领导及时间</translation>
    </message>
    <message>
        <location filename="../../ui/leave_model.py" line="207"/>
        <source>The duty leader the leave was reported to</source>
        <translation>请假已向其报告的带班领导</translation>
    </message>
</context>
<context>
    <name>SpecialDaysModel</name>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="278"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="279"/>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="280"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="281"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_dialog.py" line="282"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../ui/staff_dialog.py" line="345"/>
        <source>Add staff member</source>
        <translation>添加工作人员</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="345"/>
        <source>Edit staff member</source>
        <translation>编辑工作人员</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="351"/>
        <source>Choose a unit</source>
        <translation>请选择单位</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="354"/>
        <source>e.g. window clerk</source>
        <translation>如：窗口受理员</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="356"/>
        <source>11-digit mobile or landline</source>
        <translation>11位手机号码或固定电话</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="358"/>
        <source>Passed pre-job training on</source>
        <translation>已合格，合格日期：</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="364"/>
        <source>Staff &amp;number:</source>
        <translation>工号(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="365"/>
        <source>N&amp;ame:</source>
        <translation>姓名(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="366"/>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="367"/>
        <source>&amp;Window:</source>
        <translation>窗口(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="368"/>
        <source>&amp;Position:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="369"/>
        <source>&amp;Mobile:</source>
        <translation>联系电话(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="370"/>
        <source>&amp;Hire date:</source>
        <translation>入职日期(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="373"/>
        <source>Pre-job &amp;training:</source>
        <translation>岗前培训(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="378"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="409"/>
        <source>{unit} (retired)</source>
        <translation>{unit}（已停用）</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="420"/>
        <source>— none —</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="427"/>
        <source>{window} (retired)</source>
        <translation>{window}（已停用）</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="429"/>
        <source>{window} (belongs to {unit})</source>
        <translation>{window}（属于{unit}）</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="441"/>
        <source>Edit {name} ({staff_no})</source>
        <translation>编辑工作人员：{name}（{staff_no}）</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="451"/>
        <source>Your role may not see contact data, so the number is shown masked.</source>
        <translation>您的角色无权查看联系方式，号码已部分隐藏。</translation>
    </message>
</context>
<context>
    <name>StaffPicker</name>
    <message>
        <location filename="../../ui/staff_picker.py" line="34"/>
        <location filename="../../ui/weekly_models.py" line="252"/>
        <source>{name} ({staff_no})</source>
        <translation>{name}（{staff_no}）</translation>
    </message>
    <message>
        <location filename="../../ui/staff_picker.py" line="117"/>
        <source>Type a name, staff number or pinyin initials</source>
        <translation>输入姓名、工号或拼音首字母</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <location filename="../../ui/staff_model.py" line="42"/>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="43"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="44"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="45"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="46"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="47"/>
        <source>Mobile</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="48"/>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="49"/>
        <source>Pre-job training</source>
        <translation>岗前培训</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="50"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="51"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="54"/>
        <source>The date the staff member passed pre-job training</source>
        <translation>工作人员岗前培训合格的日期</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="55"/>
        <source>Active, or the date the staff member left</source>
        <translation>在岗，或工作人员的离职日期</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="103"/>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="105"/>
        <source>Active, leaves on {date}</source>
        <translation>在岗，将于{date}离职</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="108"/>
        <source>Left on {date}</source>
        <translation>已于{date}离职</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="180"/>
        <source>Reason for leaving: {reason}</source>
        <translation>离职原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="186"/>
        <source>Not yet passed pre-job training, so not at a window</source>
        <translation>尚未岗前培训合格，暂不安排窗口</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../ui/login.py" line="140"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>UnitNameDialog</name>
    <message>
        <location filename="../../ui/units_dialog.py" line="56"/>
        <source>Add unit</source>
        <translation>添加单位</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="56"/>
        <source>Rename unit</source>
        <translation>重命名单位</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="59"/>
        <source>e.g. Social Insurance Service Centre</source>
        <translation>如：社会保险服务中心</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="60"/>
        <source>Unit &amp;name:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <location filename="../../ui/units_dialog.py" line="183"/>
        <source>Units and windows</source>
        <translation>单位和窗口</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="186"/>
        <source>Show &amp;retired</source>
        <translation>显示已停用(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="189"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="189"/>
        <source>Active staff</source>
        <translation>在岗人数</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="189"/>
        <location filename="../../ui/units_dialog.py" line="203"/>
        <source>Retired on</source>
        <translation>停用日期</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="190"/>
        <source>&amp;Add unit…</source>
        <translation>添加单位(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="191"/>
        <source>Re&amp;name unit…</source>
        <translation>重命名单位(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="192"/>
        <source>Retire un&amp;it…</source>
        <translation>停用单位(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="198"/>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="203"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="203"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="206"/>
        <source>Add &amp;window…</source>
        <translation>添加窗口(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="207"/>
        <source>&amp;Edit window…</source>
        <translation>编辑窗口(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="208"/>
        <source>Retire win&amp;dow…</source>
        <translation>停用窗口(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="214"/>
        <location filename="../../ui/units_dialog.py" line="298"/>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="300"/>
        <source>Windows of {unit}</source>
        <translation>窗口（{unit}）</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="154"/>
        <source>HallDesk is locked</source>
        <translation>系统已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="161"/>
        <source>{name} ({user}) is logged in. Enter the password to go on where you left off.</source>
        <translation>当前登录用户：{name}（{user}）。请输入密码，继续之前的工作。</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="163"/>
        <source>{user} is logged in. Enter the password to go on where you left off.</source>
        <translation>当前登录用户：{user}。请输入密码，继续之前的工作。</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="170"/>
        <location filename="../../ui/idle_lock.py" line="171"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="174"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="184"/>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="193"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>UnlockKeyDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="29"/>
        <source>The hall has no signing certificate yet, so notices cannot be signed.

The administrator creates one or imports one (a .p12 or .pfx file) under Administration → Signing certificate. Then issue the notice again.</source>
        <translation>本大厅尚无签名证书，无法为通报签名。

请系统管理员在“系统管理 → 签名证书”中创建或导入证书（.p12 或 .pfx 文件），然后重新发文。</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="44"/>
        <source>Unlock the signing certificate</source>
        <translation>解锁签名证书</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="51"/>
        <source>A notice is signed with the hall&apos;s certificate ({subject}). Enter its passphrase; HallDesk keeps the certificate open until you log out.</source>
        <translation>通报须使用本大厅的证书（{subject}）签名。请输入证书口令；在您退出登录前，本系统将保持该证书处于解锁状态。</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="57"/>
        <source>Passphrase</source>
        <translation>证书口令</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="58"/>
        <source>&amp;Passphrase:</source>
        <translation>证书口令(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="70"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="120"/>
        <source>No signing certificate</source>
        <translation>无签名证书</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/users_dialog.py" line="185"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="273"/>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="287"/>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="288"/>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="289"/>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="290"/>
        <location filename="../../ui/users_dialog.py" line="342"/>
        <source>&amp;Disable…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="291"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="340"/>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../ui/users_dialog.py" line="48"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="49"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="50"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="51"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="81"/>
        <source>disabled: {reason}</source>
        <translation>已停用：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="84"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="87"/>
        <source>locked until {time}</source>
        <translation>锁定至{time}</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="88"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>ViolationsChart</name>
    <message>
        <location filename="../../ui/weekly_chart.py" line="49"/>
        <source>Violations per unit</source>
        <translation>各单位违规情况</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_chart.py" line="71"/>
        <source>{unit}: {total} ({what})</source>
        <translation>{unit}：{total}（{what}）</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_chart.py" line="139"/>
        <source>No unit had sessions in this period.</source>
        <translation>本期间各单位均无考勤。</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_chart.py" line="218"/>
        <source>No violations in this period.</source>
        <translation>本期间没有违规。</translation>
    </message>
</context>
<context>
    <name>VoidPeriodDialog</name>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="362"/>
        <source>Void a period</source>
        <translation>作废时段</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="366"/>
        <source>Void the period &apos;{name}&apos; ({start} to {end})? The days it covered take the hours of another period that covers them; days no period covers have no sessions.</source>
        <translation>作废时段“{name}”（{start} 至 {end}）？其覆盖的日子将改用覆盖它们的其他时段的作息；没有时段覆盖的日子没有考勤。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="375"/>
        <source>e.g. replaced by the new hours from 1 October</source>
        <translation>如：自10月1日起改用新作息</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="376"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_dialog.py" line="379"/>
        <source>&amp;Void</source>
        <translation>作废(&amp;V)</translation>
    </message>
</context>
<context>
    <name>Weekly</name>
    <message>
        <location filename="../../app/weekly.py" line="477"/>
        <source>inspection findings</source>
        <translation>巡查发现</translation>
    </message>
</context>
<context>
    <name>WeeklyBrief</name>
    <message>
        <location filename="../../app/weekly_brief.py" line="335"/>
        <source>There is no Monday brief in {language}: use zh_CN or en.</source>
        <translation>周一早会通报没有{language}版本：请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <location filename="../../app/weekly_brief.py" line="941"/>
        <source>{file} is a folder: give the name of the PDF file to write.</source>
        <translation>{file} 是文件夹：请指定要写入的 PDF 文件名。</translation>
    </message>
    <message>
        <location filename="../../app/weekly_brief.py" line="948"/>
        <source>The folder {folder} does not exist: nothing was written.</source>
        <translation>文件夹 {folder} 不存在：未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>WeeklyDialog</name>
    <message>
        <location filename="../../ui/weekly_dialog.py" line="120"/>
        <source>Weekly summary</source>
        <translation>每周汇总</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_dialog.py" line="131"/>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_dialog.py" line="135"/>
        <source>&amp;Units</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_dialog.py" line="137"/>
        <source>Violations per unit</source>
        <translation>各单位违规情况</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_dialog.py" line="141"/>
        <source>People with violations</source>
        <translation>违规人员</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_dialog.py" line="177"/>
        <source>Monday &amp;brief (PDF)…</source>
        <translation>周一早会通报（PDF）(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_dialog.py" line="178"/>
        <source>The printed brief of the Monday meeting (周一早会通报): save it, then read or print it</source>
        <translation>周一早会通报的打印稿：先保存，再查看或打印</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_dialog.py" line="181"/>
        <source>&amp;Export .xlsx…</source>
        <translation>导出 .xlsx(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_dialog.py" line="181"/>
        <source>The figures as an Excel workbook</source>
        <translation>将汇总数据导出为 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_dialog.py" line="300"/>
        <source>Counting {period}…</source>
        <translation>正在统计{period}…</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_dialog.py" line="302"/>
        <source>Counting the year {year}…</source>
        <translation>正在统计{year}年度…</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_dialog.py" line="319"/>
        <source>{period} could not be counted.</source>
        <translation>{period}未能完成统计。</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_dialog.py" line="328"/>
        <source>Weekly summary — {period}</source>
        <translation>每周汇总 — {period}</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_dialog.py" line="340"/>
        <source>People with &amp;violations ({n})</source>
        <translation>违规人员（{n}）(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_dialog.py" line="341"/>
        <source>Nobody broke a rule in this period.</source>
        <translation>本期间无人违规。</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_dialog.py" line="345"/>
        <source>Pr&amp;oposals ({n})</source>
        <translation>处理建议（{n}）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_dialog.py" line="347"/>
        <source>Open i&amp;tems ({n})</source>
        <translation>待办事项（{n}）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_dialog.py" line="350"/>
        <source>The totals of the year {year}. Proposals and open items belong to a week: turn off Year view to see them. Who keeps the year-end award eligibility is on the list that “Year-end eligibility…” opens in the Sanctions ledger.</source>
        <translation>{year}年度合计。处理建议和待办事项按周统计：取消勾选“年度视图”即可查看。保留年终评先评优资格的人员，见奖惩台账中“年终评先评优资格…”打开的名单。</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_dialog.py" line="373"/>
        <source>{period}: nobody had sessions in this period.</source>
        <translation>{period}：本期间没有任何人的考勤。</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_dialog.py" line="377"/>
        <source>{n} workday(s)</source>
        <translation>{n} 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_dialog.py" line="378"/>
        <source>{n} staff</source>
        <translation>{n} 人</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_dialog.py" line="381"/>
        <source>{n} violation(s)</source>
        <translation>违规 {n} 次</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_dialog.py" line="385"/>
        <source>{n} violation(s), {before} the week before</source>
        <translation>违规 {n} 次，上周 {before} 次</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_dialog.py" line="389"/>
        <source>{n} proposal(s), {waiting} not in the ledger yet</source>
        <translation>处理建议 {n} 条，其中 {waiting} 条尚未录入台账</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_dialog.py" line="393"/>
        <source>{n} open item(s)</source>
        <translation>待办事项 {n} 项</translation>
    </message>
</context>
<context>
    <name>WeeklyDocuments</name>
    <message>
        <location filename="../../ui/weekly_panels.py" line="254"/>
        <source>Export the summary</source>
        <translation>导出汇总</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="256"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="293"/>
        <source>monday-brief-{period}</source>
        <translation>周一早会通报-{period}</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="304"/>
        <source>Writing the Monday brief of {period}…</source>
        <translation>正在生成{period}周一早会通报…</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="310"/>
        <source>The Monday brief was saved to {path}.</source>
        <translation>周一早会通报已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="312"/>
        <source>Monday brief saved</source>
        <translation>周一早会通报已保存</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="317"/>
        <source>Open it now to read or print it?</source>
        <translation>是否现在打开查看或打印？</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="322"/>
        <source>Monday brief of {period}</source>
        <translation>{period}周一早会通报</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="333"/>
        <source>weekly-summary-{period}</source>
        <translation>每周汇总-{period}</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="344"/>
        <source>Writing the workbook of {period}…</source>
        <translation>正在生成{period}汇总工作簿…</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_panels.py" line="346"/>
        <source>The summary was saved to {path}.</source>
        <translation>汇总工作簿已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>WeeklyExport</name>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="46"/>
        <source>Half-day sessions</source>
        <translation>考勤半天</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="47"/>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="48"/>
        <source>Early leave</source>
        <translation>早退</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="49"/>
        <source>Absent</source>
        <translation>旷工</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="50"/>
        <source>Missing punch</source>
        <translation>缺卡</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="51"/>
        <source>Off post</source>
        <translation>脱岗</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="52"/>
        <source>Inspection findings</source>
        <translation>巡查发现</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="53"/>
        <source>Leave sessions</source>
        <translation>请假半天</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="54"/>
        <source>Commendations</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="55"/>
        <source>Violations</source>
        <translation>违规合计</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="58"/>
        <source>Counted by the weekly rule</source>
        <translation>周考核计次</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="71"/>
        <location filename="../../app/weekly_xlsx.py" line="90"/>
        <location filename="../../app/weekly_xlsx.py" line="106"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="72"/>
        <source>Staff</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="79"/>
        <source>Violations the week before</source>
        <translation>上周违规合计</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="80"/>
        <source>Change</source>
        <translation>较上周</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="88"/>
        <location filename="../../app/weekly_xlsx.py" line="104"/>
        <location filename="../../app/weekly_xlsx.py" line="184"/>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="89"/>
        <location filename="../../app/weekly_xlsx.py" line="105"/>
        <location filename="../../app/weekly_xlsx.py" line="185"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="100"/>
        <source>not yet in the ledger</source>
        <translation>尚未录入台账</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="107"/>
        <source>Sanction</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="108"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="109"/>
        <source>Period</source>
        <translation>统计周期</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="110"/>
        <source>Counted</source>
        <translation>计次</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="111"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="112"/>
        <source>Notice no.</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="114"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="135"/>
        <source>morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="135"/>
        <source>afternoon</source>
        <translation>下午</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="136"/>
        <source>clock-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="136"/>
        <source>clock-out</source>
        <translation>签退</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="141"/>
        <source>Duty log not signed off</source>
        <translation>值班日志未关闭</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="144"/>
        <source>Missing punch to check</source>
        <translation>缺卡待核实</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="154"/>
        <source>Leave awaiting approval</source>
        <translation>请假待审批</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="159"/>
        <source>{kind}, {first} to {last}</source>
        <translation>{kind}，{first} 至 {last}</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="167"/>
        <source>Punch correction awaiting approval</source>
        <translation>补卡待审批</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="181"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="182"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="183"/>
        <source>Session</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="186"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="195"/>
        <source>Week {week} of {year}</source>
        <translation>{year}年第{week}周</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="197"/>
        <source>Year {year}</source>
        <translation>{year}年度</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="212"/>
        <source>The summary is an Excel workbook: name the file *.xlsx.</source>
        <translation>汇总表是 Excel 工作簿：文件名请以 .xlsx 结尾。</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="216"/>
        <source>{file} is a folder: give the name of the workbook to write.</source>
        <translation>{file} 是文件夹：请填写要保存的工作簿文件名。</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="223"/>
        <source>The folder {folder} does not exist: nothing was written.</source>
        <translation>文件夹 {folder} 不存在，未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="247"/>
        <source>Units</source>
        <translation>单位汇总</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="248"/>
        <source>People</source>
        <translation>人员明细</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="249"/>
        <source>Proposals</source>
        <translation>处理建议</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="250"/>
        <source>Open items</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="256"/>
        <source>Weekly summary {period}</source>
        <translation>每周汇总（{period}）</translation>
    </message>
    <message>
        <location filename="../../app/weekly_xlsx.py" line="339"/>
        <source>Page &amp;P of &amp;N</source>
        <translation>第 &amp;P 页，共 &amp;N 页</translation>
    </message>
</context>
<context>
    <name>WeeklyModel</name>
    <message>
        <location filename="../../ui/weekly_models.py" line="59"/>
        <source>{day} ({weekday})</source>
        <translation>{day}（{weekday}）</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="70"/>
        <source>{week}: {first}–{last} {month}</source>
        <translation>{week}：{month}{first}日—{last}日</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="73"/>
        <source>{week}: {first} {first_month} – {last} {last_month}</source>
        <translation>{week}：{first_month}{first}日—{last_month}{last}日</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="100"/>
        <source>{what} {n}</source>
        <translation>{what}{n}次</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="109"/>
        <source>not in the ledger yet</source>
        <translation>尚未录入台账</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="127"/>
        <location filename="../../ui/weekly_models.py" line="236"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="128"/>
        <source>Staff</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="129"/>
        <source>Sessions</source>
        <translation>考勤半天</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="130"/>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="131"/>
        <source>Early</source>
        <translation>早退</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="132"/>
        <source>Absent</source>
        <translation>旷工</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="133"/>
        <source>Missing</source>
        <translation>缺卡</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="134"/>
        <source>Off post</source>
        <translation>脱岗</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="135"/>
        <source>Findings</source>
        <translation>巡查发现</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="136"/>
        <source>Leave</source>
        <translation>请假半天</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="137"/>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="138"/>
        <location filename="../../ui/weekly_models.py" line="237"/>
        <source>Violations</source>
        <translation>违规</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="139"/>
        <source>Change</source>
        <translation>较上周</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="142"/>
        <source>Staff members with sessions in the period</source>
        <translation>统计期内有考勤记录的工作人员人数</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="143"/>
        <source>Morning and afternoon sessions of the unit&apos;s staff</source>
        <translation>本单位工作人员的考勤半天数（上午、下午各计一次）</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="144"/>
        <source>Sessions clocked in late (迟到)</source>
        <translation>签到晚于上班时间的半天次</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="145"/>
        <source>Sessions left early (早退)</source>
        <translation>签退早于下班时间的半天次</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="146"/>
        <source>Sessions absent without leave (旷工)</source>
        <translation>未经请假缺勤的半天次</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="147"/>
        <source>Missing punches still open (缺卡): no approved punch correction has settled them</source>
        <translation>尚未了结的缺卡：没有已批准的补卡申请予以补正</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="150"/>
        <source>Sessions off post (脱岗): an outing&apos;s overrun or an off-post finding</source>
        <translation>脱岗的半天次：临时外出超时返岗，或巡查发现脱岗</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="153"/>
        <source>Other inspection findings (neither off post nor a commendation)</source>
        <translation>其他巡查发现（脱岗和表扬除外）</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="154"/>
        <source>Sessions covered by approved leave</source>
        <translation>经批准请假的半天次</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="155"/>
        <source>Commendations (表扬) from inspections</source>
        <translation>巡查中记录的表扬</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="156"/>
        <source>Late + early + absent + off post + findings: what the chart shows</source>
        <translation>迟到、早退、旷工、脱岗与巡查发现次数之和，即图表所示数据</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="157"/>
        <source>Violations against the week before: ↑ more, ↓ fewer, — the same</source>
        <translation>违规次数与上周相比：↑增加，↓减少，—持平</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="185"/>
        <source>All units</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="223"/>
        <source>{now} violations; {before} the week before</source>
        <translation>本周违规{now}次，上周{before}次</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="235"/>
        <location filename="../../ui/weekly_models.py" line="304"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="238"/>
        <location filename="../../ui/weekly_models.py" line="306"/>
        <source>Counted</source>
        <translation>计次</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="239"/>
        <source>Of which</source>
        <translation>其中</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="242"/>
        <source>Name and staff number; bold: the rules propose a sanction</source>
        <translation>姓名和工号；粗体表示规则对其提出了处理建议</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="243"/>
        <source>Late + early + absent + off post + findings</source>
        <translation>迟到、早退、旷工、脱岗与巡查发现次数之和</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="244"/>
        <source>What the week&apos;s rule counts towards a sanction (R8: 2 or more, public criticism)</source>
        <translation>本周规则计入处理的次数（R8：2次及以上，通报批评）</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="294"/>
        <source>The rules propose a sanction for this person</source>
        <translation>规则对此人提出了处理建议</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="305"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="307"/>
        <source>Ledger status</source>
        <translation>台账状态</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="310"/>
        <source>How many lapses the rule counted in the week</source>
        <translation>规则在本周内计入的违纪次数</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="311"/>
        <source>Where the proposal stands in the sanctions ledger; “Enter in ledger” puts it there</source>
        <translation>该建议在奖惩台账中的处理状态；点击“录入台账”即可录入</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="342"/>
        <source>Ledger entry {id}; double-click to show it in the ledger</source>
        <translation>台账记录 {id}；双击可在台账中查看该记录</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="392"/>
        <source>{day} {session} {status}: {why}</source>
        <translation>{day} {session}{status}：{why}</translation>
    </message>
    <message>
        <location filename="../../ui/weekly_models.py" line="463"/>
        <source>{name} ({staff_no}), {unit}</source>
        <translation>{name}（{staff_no}），{unit}</translation>
    </message>
</context>
<context>
    <name>WindowDialog</name>
    <message>
        <location filename="../../ui/units_dialog.py" line="86"/>
        <source>Add window</source>
        <translation>添加窗口</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="86"/>
        <source>Edit window</source>
        <translation>编辑窗口</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="89"/>
        <source>e.g. A01</source>
        <translation>如：A01</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="91"/>
        <source>e.g. Social insurance registration</source>
        <translation>如：社保登记</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="99"/>
        <source>Window &amp;number:</source>
        <translation>窗口编号(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="100"/>
        <source>&amp;Title:</source>
        <translation>窗口名称(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="101"/>
        <source>&amp;Unit:</source>
        <translation>所属单位(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../ui/worker.py" line="106"/>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <location filename="../../ui/worker.py" line="131"/>
        <source>Something unexpected went wrong; nothing was saved. ({error})</source>
        <translation>发生意外错误，未保存任何内容。（{error}）</translation>
    </message>
</context>
</TS>
