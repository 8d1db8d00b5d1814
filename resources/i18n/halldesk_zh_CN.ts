<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../ui/users_dialog.py" line="218"/>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="218"/>
        <source>&amp;Add user</source>
        <translation>添加用户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="219"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="221"/>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="223"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="224"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="225"/>
        <source>R&amp;epeat the password:</source>
        <translation>确认密码(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/application.py" line="89"/>
        <location filename="../../ui/application.py" line="149"/>
        <source>HallDesk</source>
        <translation>服务大厅窗口人员管理系统</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="91"/>
        <source>Something unexpected went wrong. HallDesk keeps running, and what was saved before is safe; the last action may not have been completed.</source>
        <translation>发生意外错误。本系统仍在运行，此前已保存的内容不受影响；最后一步操作可能未完成。</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="97"/>
        <source>The error was: {error}</source>
        <translation>错误信息：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="101"/>
        <source>The details were written to {file}.</source>
        <translation>详细信息已记录在 {file}。</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="150"/>
        <source>HallDesk cannot open its database.</source>
        <translation>本系统无法打开数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="153"/>
        <source>&amp;Choose another database file…</source>
        <translation>选择其他数据库文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="157"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="167"/>
        <source>Choose the database file</source>
        <translation>选择数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="169"/>
        <source>HallDesk database (*.db);;All files (*)</source>
        <translation>数据库文件 (*.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <location filename="../../app/auth.py" line="113"/>
        <source>Your role ({role}) may not do this: {what}.</source>
        <translation>您的角色（{role}）没有此项权限：{what}。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="170"/>
        <source>The password needs at least {n} characters.</source>
        <translation>密码至少需要{n}个字符。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="173"/>
        <source>The password may not be the user name.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="181"/>
        <source>A user name is required.</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="184"/>
        <source>A user name has at most 50 characters and no spaces.</source>
        <translation>用户名最多50个字符，且不能包含空格。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="189"/>
        <source>The user name &apos;{name}&apos; is taken.</source>
        <translation>用户名“{name}”已被占用。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="198"/>
        <source>Unknown role &apos;{role}&apos;. Roles: {roles}.</source>
        <translation>未知角色“{role}”。可选角色：{roles}。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="226"/>
        <source>This database already has accounts; log in instead.</source>
        <translation>该数据库已有用户账户，请直接登录。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="258"/>
        <source>No such user.</source>
        <translation>该用户不存在。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="278"/>
        <location filename="../../app/auth.py" line="321"/>
        <source>HallDesk needs at least one administrator.</source>
        <translation>系统至少需要保留一名系统管理员。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="307"/>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="315"/>
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="319"/>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="337"/>
        <source>Too many wrong passwords: this account is locked until {time}.</source>
        <translation>密码错误次数过多，该账户已锁定至{time}。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="345"/>
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="347"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="352"/>
        <source>This account is disabled.</source>
        <translation>该账户已停用。</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../app/cli.py" line="33"/>
        <source>HallDesk: staff, attendance, duty log, leave and sanctions of a service hall.</source>
        <translation>服务大厅窗口人员管理系统：管理服务大厅的窗口工作人员、考勤、值班日志、请假和奖惩。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="41"/>
        <source>database file or URL (default: HALLDESK_DB, settings, data folder)</source>
        <translation>数据库文件或地址（默认依次取 HALLDESK_DB 环境变量、程序设置、数据文件夹）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="43"/>
        <source>language: zh_CN or en</source>
        <translation>界面语言：zh_CN 或 en</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="45"/>
        <source>act as this user (or HALLDESK_USER)</source>
        <translation>以该用户身份操作（也可设置 HALLDESK_USER）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="53"/>
        <source>start the main window with its data, then exit (a self-test)</source>
        <translation>启动主界面并加载数据后退出（自检）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="58"/>
        <source>create the administrator on a new database</source>
        <translation>在新数据库中创建系统管理员</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="61"/>
        <source>the administrator&apos;s user name</source>
        <translation>系统管理员的用户名</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="63"/>
        <source>the administrator&apos;s full name</source>
        <translation>系统管理员的姓名</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="67"/>
        <source>fill a new, empty database with a demo hall</source>
        <translation>向新建的空数据库写入演示大厅数据</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="69"/>
        <source>number of staff (default 60)</source>
        <translation>工作人员人数（默认60）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="70"/>
        <source>years of history (default 1)</source>
        <translation>历史数据年数（默认1）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="71"/>
        <source>random seed (default 1)</source>
        <translation>随机种子（默认1）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="75"/>
        <source>bring the database schema up to date</source>
        <translation>将数据库结构升级到最新版本</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="79"/>
        <source>import or export the staff roster</source>
        <translation>导入或导出工作人员名册</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="81"/>
        <source>import staff from .xlsx or .csv</source>
        <translation>从 .xlsx 或 .csv 文件导入工作人员</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="85"/>
        <source>export the roster to .xlsx or .csv</source>
        <translation>将名册导出为 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="88"/>
        <source>include staff who have left</source>
        <translation>包括已离职人员</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="91"/>
        <source>manage user accounts</source>
        <translation>管理用户账户</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="96"/>
        <source>add a user (password from a prompt or HALLDESK_NEW_PASSWORD)</source>
        <translation>添加用户（密码按提示输入，或取自 HALLDESK_NEW_PASSWORD）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="100"/>
        <source>the user&apos;s full name</source>
        <translation>用户的姓名</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="102"/>
        <source>list user accounts</source>
        <translation>列出用户账户</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="113"/>
        <source>No password given: set {env} or run the command in a terminal.</source>
        <translation>未提供密码：请设置 {env}，或在终端中运行该命令。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="116"/>
        <source>Repeat the password: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="117"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="126"/>
        <source>This command changes data: say who you are with --user NAME or HALLDESK_USER.</source>
        <translation>此命令会修改数据：请用 --user 用户名 或 HALLDESK_USER 指明操作人。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="128"/>
        <location filename="../../app/cli.py" line="190"/>
        <source>Password for {user}: </source>
        <translation>{user} 的密码：</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="135"/>
        <source>Password for the administrator: </source>
        <translation>系统管理员密码：</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="138"/>
        <source>Administrator {user} created.</source>
        <translation>已创建系统管理员 {user}。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="147"/>
        <source>--staff must be between 5 and 5000.</source>
        <translation>--staff 须在5至5000之间。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="149"/>
        <source>--years must be between 1 and 10.</source>
        <translation>--years 须在1至10之间。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="158"/>
        <source>Applied: {names}</source>
        <translation>已完成以下升级：{names}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="160"/>
        <source>The database is up to date.</source>
        <translation>数据库已是最新版本。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="181"/>
        <source>{n} staff written to {file}.</source>
        <translation>已将{n}名工作人员导出至 {file}。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="195"/>
        <source>User {user} ({role}) added.</source>
        <translation>已添加用户 {user}（{role}）。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="205"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="216"/>
        <source>Error:</source>
        <translation>错误：</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/login.py" line="350"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="358"/>
        <source>C&amp;urrent password:</source>
        <translation>当前密码(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="359"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="360"/>
        <source>&amp;Repeat the new password:</source>
        <translation>确认新密码(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="369"/>
        <source>&amp;Change password</source>
        <translation>修改密码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="379"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../ui/common.py" line="19"/>
        <source>HallDesk</source>
        <translation>服务大厅窗口人员管理系统</translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="21"/>
        <source>This cannot be saved:</source>
        <translation>无法保存，原因如下：</translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="29"/>
        <source>{field}: yours {mine}, now {theirs}</source>
        <translation>{field}：您填写的是 {mine}，当前已是 {theirs}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../app/demo.py" line="292"/>
        <source>Demo hall {hall} created in {seconds:.1f} s.</source>
        <translation>演示大厅“{hall}”已创建，用时{seconds:.1f}秒。</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="295"/>
        <source>Units ({n}): {names}.</source>
        <translation>单位（{n}个）：{names}。</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="296"/>
        <source>Windows: {windows}. Staff: {staff} ({active} active, {left} left, {untrained} still in pre-job training).</source>
        <translation>窗口：{windows}个。工作人员：{staff}名（在岗{active}名，离职{left}名，尚在岗前培训{untrained}名）。</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="310"/>
        <source>Users (password {password}): {users}.</source>
        <translation>用户（密码均为 {password}）：{users}。</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="317"/>
        <source>Existing accounts were kept with their own passwords: {users}.</source>
        <translation>以下原有账户已保留，密码不变：{users}。</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="444"/>
        <source>The demo needs {low} to {high} staff.</source>
        <translation>演示数据的工作人员人数须为{low}至{high}名。</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="449"/>
        <source>The demo covers {low} to {high} years.</source>
        <translation>演示数据的年数须为{low}至{high}年。</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="459"/>
        <source>This database already holds units or staff. Demo data goes only into a new, empty database: nothing was changed.</source>
        <translation>该数据库已有单位或工作人员数据，未作任何更改。演示数据只能写入新建的空数据库。</translation>
    </message>
</context>
<context>
    <name>DisableDialog</name>
    <message>
        <location filename="../../ui/users_dialog.py" line="277"/>
        <source>Disable user</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="277"/>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="281"/>
        <source>{name} ({user}) will not be able to log in until an administrator enables the account again. Nothing they recorded is removed.</source>
        <translation>停用后，{name}（{user}）将无法登录，直至系统管理员重新启用该账户。其录入的记录均予保留。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="285"/>
        <source>&amp;Reason:</source>
        <translation>停用原因(&amp;R)：</translation>
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
        <source>retired on</source>
        <translation>停用日期</translation>
    </message>
    <message>
        <location filename="../../app/fields.py" line="31"/>
        <source>reason for retiring</source>
        <translation>停用原因</translation>
    </message>
</context>
<context>
    <name>FileExport</name>
    <message>
        <location filename="../../app/tabular.py" line="369"/>
        <source>{file} cannot be written: {reason}. Nothing was written.</source>
        <translation>无法写入 {file}：{reason}。未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>FileImport</name>
    <message>
        <location filename="../../app/tabular.py" line="51"/>
        <source>{file} cannot be imported: use an Excel workbook (.xlsx) or a CSV file (.csv).</source>
        <translation>无法导入 {file}：请使用 Excel 工作簿（.xlsx）或 CSV 文件（.csv）。</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="57"/>
        <source>The file {file} does not exist.</source>
        <translation>文件 {file} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="71"/>
        <source>{file} is empty: it needs a header row and the data below it.</source>
        <translation>{file} 是空文件：文件须有一行表头，表头下方为数据。</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="80"/>
        <source>The file {file} cannot be read: {reason}.</source>
        <translation>无法读取文件 {file}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="105"/>
        <source>{file} cannot be read as an Excel workbook: it is damaged, incomplete or not really an .xlsx file ({detail}). Open it in Excel, save it again and import that copy.</source>
        <translation>无法按 Excel 工作簿读取 {file}：文件已损坏、不完整或并非真正的 .xlsx 文件（{detail}）。请用 Excel 打开并重新保存，再导入保存后的文件。</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="123"/>
        <source>{file} is not in UTF-8 or GB18030, so its text would be garbled (line {line} reads “{text}”). In Excel choose Save As, then “CSV UTF-8 (comma delimited)”, and import that file.</source>
        <translation>{file} 的编码不是 UTF-8 或 GB18030，导入后文字会成为乱码（第{line}行显示为“{text}”）。请在 Excel 中选择“另存为”，保存类型选“CSV UTF-8(逗号分隔)”，再导入另存的文件。</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="186"/>
        <source>{file} is not a well-formed CSV file: {detail}.</source>
        <translation>{file} 的 CSV 格式有误：{detail}。</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="240"/>
        <source>Column {column} is headed “{header}”, which this import does not know. The accepted headers are: {accepted}.</source>
        <translation>{column}列的表头“{header}”无法识别。可用的表头为：{accepted}。</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="248"/>
        <source>Columns {first} and {second} both hold the {field}. Keep one.</source>
        <translation>{first}列和{second}列都是“{field}”，请只保留其中一列。</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="260"/>
        <source>The file has no column for the {field} (header {header}).</source>
        <translation>文件中缺少“{field}”列（表头：{header}）。</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="293"/>
        <source>“{value}” is not a date. Write dates like 2021-03-01.</source>
        <translation>“{value}”不是有效日期。请按 2021-03-01 的格式填写日期。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/login.py" line="164"/>
        <location filename="../../ui/login.py" line="168"/>
        <source>Welcome to HallDesk</source>
        <translation>欢迎使用服务大厅窗口人员管理系统</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="171"/>
        <source>This database has no accounts yet. Create the administrator&apos;s account first: the administrator adds the other users and keeps the hall&apos;s settings.

HallDesk has no default password. Choose one of at least {n} characters and keep it somewhere safe.</source>
        <translation>该数据库还没有用户账户。请先创建系统管理员账户：系统管理员负责添加其他用户，并维护大厅设置。

本系统没有默认密码。请设置一个至少{n}个字符的密码，并妥善保管。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="188"/>
        <source>Administrator&apos;s &amp;user name:</source>
        <translation>系统管理员用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="189"/>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="190"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="191"/>
        <source>&amp;Repeat the password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="195"/>
        <source>Fill the database with a &amp;demo hall to try HallDesk out</source>
        <translation>写入演示大厅数据，用于试用本系统(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="199"/>
        <source>Database: {where}</source>
        <translation>数据库：{where}</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="205"/>
        <source>&amp;Create account</source>
        <translation>创建账户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="207"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="220"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="250"/>
        <source>Filling the database with a demo hall…</source>
        <translation>正在写入演示大厅数据…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="260"/>
        <source>Demo hall created</source>
        <translation>演示大厅已创建</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="262"/>
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
    <name>LockCover</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="183"/>
        <source>HallDesk is locked.</source>
        <translation>系统已锁定。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="278"/>
        <location filename="../../ui/login.py" line="288"/>
        <source>Log in to HallDesk</source>
        <translation>登录服务大厅窗口人员管理系统</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="299"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="300"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="310"/>
        <source>Database: {where}</source>
        <translation>数据库：{where}</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="313"/>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="314"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="324"/>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="328"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>Staff roster</source>
        <translation>人员名册</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>&amp;Import roster…</source>
        <translation>导入人员名册(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Only a manager or an administrator imports the roster.</source>
        <translation>仅管理人员或系统管理员可以导入人员名册。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>&amp;Export roster…</source>
        <translation>导出人员名册(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>A&amp;ccount</source>
        <translation>账户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>Ad&amp;ministration</source>
        <translation>系统管理(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Hall &amp;settings…</source>
        <translation>大厅设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;About HallDesk</source>
        <translation>关于本系统(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>The database HallDesk reads and writes</source>
        <translation>本系统读写的数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>HallDesk</source>
        <translation>服务大厅窗口人员管理系统</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>HallDesk now speaks {language}. You are still logged in; nothing else has changed.</source>
        <translation>界面语言已切换为{language}。您仍处于登录状态，其他内容均未改变。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>User: {name} ({user})</source>
        <translation>用户：{name}（{user}）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>User: {user}</source>
        <translation>用户：{user}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>Role: {role}</source>
        <translation>角色：{role}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>HallDesk — {hall}</source>
        <translation>服务大厅窗口人员管理系统 — {hall}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>The hall settings were saved.</source>
        <translation>大厅设置已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>About HallDesk</source>
        <translation>关于本系统</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>&lt;b&gt;HallDesk&lt;/b&gt; {version}</source>
        <translation>&lt;b&gt;服务大厅窗口人员管理系统&lt;/b&gt; {version}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>The front-office desk of a service hall: staff roster, attendance, duty log, leave slips and the sanctions ledger.

Database: {database}

Chinese text is shown in WenQuanYi Micro Hei (文泉驿微米黑), which ships with HallDesk under the Apache License 2.0; see LICENSE-wqy-microhei.txt in the fonts folder.</source>
        <translation>用于服务大厅窗口的日常管理：人员名册、考勤、值班日志、请假条和奖惩台账。

数据库：{database}

中文使用文泉驿微米黑（WenQuanYi Micro Hei）字体显示。该字体按 Apache License 2.0 许可随本系统分发，详见 fonts 文件夹中的 LICENSE-wqy-microhei.txt。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../app/auth.py" line="58"/>
        <source>read everything except personal contact data</source>
        <translation>查看除个人联系方式外的全部信息</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="59"/>
        <source>read personal contact data</source>
        <translation>查看个人联系方式</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="60"/>
        <source>roster, units, windows</source>
        <translation>维护人员名册、单位和窗口</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="61"/>
        <source>record or correct attendance, duty log, inspections</source>
        <translation>录入或更正考勤、值班日志和巡查记录</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="64"/>
        <source>approve leave, outings, punch corrections; sign the register</source>
        <translation>审批请假、临时外出和补卡；签署领导值班登记簿</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="67"/>
        <source>confirm or revoke sanctions, issue notices</source>
        <translation>确认或撤销奖惩，印发通报</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="68"/>
        <source>users, settings, calendar, rules, certificate, restore</source>
        <translation>管理用户、系统设置、节假日日历、规则和签名证书，从备份恢复数据</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/users_dialog.py" line="258"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="258"/>
        <source>&amp;Reset password</source>
        <translation>重置密码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="262"/>
        <source>Choose a new password for {name} ({user}) and give it to them in person. This also lifts a lock after wrong passwords.</source>
        <translation>请为{name}（{user}）设置新密码，并当面告知本人。如该账户因密码输错被锁定，重置后将同时解锁。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="266"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="267"/>
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
    <name>RoleDialog</name>
    <message>
        <location filename="../../ui/users_dialog.py" line="242"/>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="242"/>
        <source>&amp;Change role</source>
        <translation>更改角色(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="245"/>
        <source>The new role of {name} ({user}) applies from their next login.</source>
        <translation>{name}（{user}）的新角色自其下次登录时起生效。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="249"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../app/auth.py" line="36"/>
        <source>duty officer</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="37"/>
        <source>duty leader</source>
        <translation>带班领导</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="38"/>
        <source>manager</source>
        <translation>管理人员</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="39"/>
        <source>administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <location filename="../../app/roster.py" line="157"/>
        <source>A unit needs a name.</source>
        <translation>请填写单位名称。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="160"/>
        <source>A unit name has at most {n} characters.</source>
        <translation>单位名称最多{n}个字符。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="168"/>
        <source>There is already a unit called &apos;{name}&apos;.</source>
        <translation>已有名为“{name}”的单位。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="201"/>
        <source>{unit} still has active staff: {names}. Move them or record their leaving first.</source>
        <translation>{unit}仍有在岗工作人员：{names}。请先将其调至其他单位或办理离职登记。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="214"/>
        <source>{unit} still has windows in use: {numbers}. Retire or move them first.</source>
        <translation>{unit}仍有使用中的窗口：{numbers}。请先停用这些窗口或将其划归其他单位。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="231"/>
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="234"/>
        <location filename="../../app/roster.py" line="263"/>
        <location filename="../../app/roster.py" line="279"/>
        <location filename="../../app/roster.py" line="485"/>
        <location filename="../../app/roster.py" line="528"/>
        <location filename="../../app/roster.py" line="530"/>
        <location filename="../../app/roster_io.py" line="376"/>
        <source>At most {n} characters.</source>
        <translation>最多{n}个字符。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="259"/>
        <source>A window needs a number.</source>
        <translation>请填写窗口编号。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="273"/>
        <source>Window {number} exists already.</source>
        <translation>{number}号窗口已存在。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="283"/>
        <source>Choose the unit the window belongs to.</source>
        <translation>请选择该窗口所属单位。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="286"/>
        <location filename="../../app/roster.py" line="536"/>
        <source>{unit} is retired.</source>
        <translation>{unit}已停用。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="338"/>
        <source>Window {number} is still staffed by {names}. Assign them elsewhere first.</source>
        <translation>{number}号窗口仍有{names}在岗。请先将其调至其他窗口。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="483"/>
        <source>A staff number is required.</source>
        <translation>请填写工号。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="487"/>
        <source>Use letters, digits, &apos;-&apos; and &apos;_&apos; only.</source>
        <translation>只能使用字母、数字、“-”和“_”。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="311"/>
        <source>Window {number} is staffed by {names}, who belong to {unit}, not to the chosen unit. Reassign them first.</source>
        <translation>{number}号窗口的工作人员{names}属于{unit}，不属于所选单位。请先为其另行安排窗口。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="496"/>
        <source>Staff number {no} is already used by {name}.</source>
        <translation>工号{no}已被{name}使用。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="503"/>
        <source>A name is required.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="507"/>
        <source>A name has at most {n} characters (this one has {m}).</source>
        <translation>姓名最多{n}个字符（当前为{m}个）。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="514"/>
        <source>The hire date is required.</source>
        <translation>请填写入职日期。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="516"/>
        <source>The hire date cannot be in the future.</source>
        <translation>入职日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="518"/>
        <source>The training date cannot be in the future.</source>
        <translation>岗前培训合格日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="524"/>
        <source>Enter an 11-digit mobile number or a landline such as 0376-6221234.</source>
        <translation>请输入11位手机号码，或固定电话号码（如0376-6221234）。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="534"/>
        <source>Choose the person&apos;s unit.</source>
        <translation>请选择该人员所属单位。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="541"/>
        <source>That window is not in use.</source>
        <translation>该窗口不存在或已停用。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="545"/>
        <source>Window {number} belongs to another unit.</source>
        <translation>{number}号窗口属于其他单位。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="550"/>
        <source>Only someone who has passed pre-job training may staff a window: enter the training date first.</source>
        <translation>岗前培训合格后方可上岗：请先填写岗前培训合格日期。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="607"/>
        <source>Enter the leaving date.</source>
        <translation>请填写离职日期。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="611"/>
        <location filename="../../app/roster_io.py" line="369"/>
        <source>The leaving date is before the hire date ({date}).</source>
        <translation>离职日期早于入职日期（{date}），请核对。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="619"/>
        <location filename="../../app/roster_io.py" line="374"/>
        <source>The leaving date is more than a year ahead.</source>
        <translation>离职日期不能晚于一年之后，请核对。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="624"/>
        <source>{name} left on {date} already.</source>
        <translation>{name}已于{date}离职。</translation>
    </message>
</context>
<context>
    <name>RosterExport</name>
    <message>
        <location filename="../../app/roster_io.py" line="432"/>
        <source>Export the roster as an Excel workbook (.xlsx) or a CSV file (.csv).</source>
        <translation>请将人员名册导出为 Excel 工作簿（.xlsx）或 CSV 文件（.csv）。</translation>
    </message>
    <message>
        <location filename="../../app/roster_io.py" line="467"/>
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
        <location filename="../../app/roster_io.py" line="132"/>
        <source>Column {column} holds a value, but the column has no header. Remove the value or give the column a header.</source>
        <translation>{column}列有内容，但该列没有表头。请删除该内容，或为该列填写表头。</translation>
    </message>
    <message>
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
        <location filename="../../app/roster_io.py" line="331"/>
        <source>recorded as left in an imported roster file</source>
        <translation>导入的人员名册中已登记离职</translation>
    </message>
    <message>
        <location filename="../../app/roster_io.py" line="363"/>
        <source>A reason for leaving is given but no leaving date.</source>
        <translation>填写了离职原因，但未填写离职日期。</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <location filename="../../ui/roster_tab.py" line="52"/>
        <source>Import the roster</source>
        <translation>导入人员名册</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="54"/>
        <source>Roster files (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>名册文件 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="66"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="67"/>
        <source>CSV file, UTF-8 (*.csv)</source>
        <translation>CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="71"/>
        <source>Export the roster</source>
        <translation>导出人员名册</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="113"/>
        <source>Search name, staff number, window or pinyin (e.g. zs)</source>
        <translation>按姓名、工号、窗口或拼音首字母（如 zs）查找</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="115"/>
        <source>Ctrl+F. Down or Enter moves to the list; Esc clears.</source>
        <translation>快捷键 Ctrl+F。按向下键或 Enter 键转到列表，按 Esc 键清空。</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="119"/>
        <source>&amp;Search:</source>
        <translation>查找(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="126"/>
        <source>U&amp;nit:</source>
        <translation>单位(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="130"/>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="131"/>
        <source>Left</source>
        <translation>离职</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="132"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="133"/>
        <source>Sta&amp;tus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="151"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="151"/>
        <source>Add a staff member (Ins or Ctrl+N)</source>
        <translation>添加工作人员（Ins 或 Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="153"/>
        <source>E&amp;dit…</source>
        <translation>编辑(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="153"/>
        <source>Edit the chosen staff member (Enter or F2)</source>
        <translation>编辑所选工作人员（Enter 或 F2）</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="156"/>
        <source>&amp;Record leaving…</source>
        <translation>登记离职(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="156"/>
        <source>Record the date the chosen staff member leaves, and why</source>
        <translation>登记所选工作人员的离职日期和原因</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="159"/>
        <source>Und&amp;o leaving</source>
        <translation>撤销离职(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="159"/>
        <source>Take back a leaving recorded by mistake</source>
        <translation>撤销误登记的离职</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="162"/>
        <source>&amp;Units and windows…</source>
        <translation>单位和窗口(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="162"/>
        <source>Add, rename and retire units and windows</source>
        <translation>添加、重命名和停用单位及窗口</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="165"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="165"/>
        <source>Import the roster from an Excel (.xlsx) or CSV file</source>
        <translation>从 Excel（.xlsx）或 CSV 文件导入人员名册</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="168"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="168"/>
        <source>Export the roster to an Excel (.xlsx) or CSV file</source>
        <translation>将人员名册导出为 Excel（.xlsx）或 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="305"/>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="307"/>
        <source>{unit} (retired)</source>
        <translation>{unit}（已停用）</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="331"/>
        <source>{shown} of {total} staff</source>
        <translation>显示{shown}人，共{total}人</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="337"/>
        <source>No staff match the chosen unit and status.</source>
        <translation>没有符合所选单位和状态的工作人员。</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="339"/>
        <source>No staff yet — add someone or import the roster from Excel.</source>
        <translation>尚无工作人员。请添加人员，或从 Excel 导入人员名册。</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="341"/>
        <source>No staff yet — a manager can add people or import the roster from Excel.</source>
        <translation>尚无工作人员。管理人员可以添加人员，或从 Excel 导入人员名册。</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="446"/>
        <source>Take back the leaving of {name} ({staff_no}) recorded for {date}? They return to the active roster; the audit trail keeps both steps.</source>
        <translation>确定撤销{name}（{staff_no}）{date}的离职登记吗？撤销后该人员恢复在岗，操作日志将同时保留登记和撤销两项记录。</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="449"/>
        <source>Undo leaving</source>
        <translation>撤销离职</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="480"/>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="488"/>
        <source>Roster imported</source>
        <translation>人员名册导入完成</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="494"/>
        <source>roster-{date}</source>
        <translation>人员名册-{date}</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="503"/>
        <source>Exporting the roster…</source>
        <translation>正在导出人员名册…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="512"/>
        <source>Roster exported</source>
        <translation>人员名册导出完成</translation>
    </message>
    <message>
        <location filename="../../ui/roster_tab.py" line="513"/>
        <source>{count} staff written to {path}.</source>
        <translation>已将{count}名工作人员导出至 {path}。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/settings.py" line="30"/>
        <source>Enter 0 (never lock) to 240 minutes.</source>
        <translation>请输入0至240分钟（0表示不自动锁定）。</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="36"/>
        <source>The hall name needs 1 to 100 characters.</source>
        <translation>大厅名称须为1至100个字符。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="47"/>
        <source>Choose the database file</source>
        <translation>选择数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="49"/>
        <source>HallDesk database (*.db);;All files (*)</source>
        <translation>数据库文件 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="62"/>
        <source>Hall settings</source>
        <translation>大厅设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="66"/>
        <source>Service hall</source>
        <translation>服务大厅</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="75"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="76"/>
        <source>never</source>
        <translation>不锁定</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="79"/>
        <source>Hall &amp;name:</source>
        <translation>大厅名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="77"/>
        <source>0 means HallDesk never locks by itself.</source>
        <translation>设为 0 表示本系统从不自动锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="81"/>
        <source>&amp;Lock HallDesk after idle:</source>
        <translation>无操作自动锁定(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="87"/>
        <source>Who may do what</source>
        <translation>角色权限</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="112"/>
        <source>The administrator always keeps administration.</source>
        <translation>系统管理员始终保留系统管理权限。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="117"/>
        <source>Changes to who may do what apply at each user&apos;s next login.</source>
        <translation>权限调整在各用户下次登录时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="123"/>
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="128"/>
        <source>A database file, or postgresql://user@server/dbname for a hall with several PCs.</source>
        <translation>填写数据库文件；大厅多台电脑共用数据库时，填写 postgresql://user@server/dbname。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="130"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="139"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="142"/>
        <source>Only this PC uses this setting. A new database location applies the next time HallDesk starts.</source>
        <translation>此项设置仅对本机有效。更改数据库位置后，下次启动本系统时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="177"/>
        <source>Enter a database file or a postgresql:// address.</source>
        <translation>请填写数据库文件或 postgresql:// 地址。</translation>
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
    <name>StaffTableModel</name>
    <message>
        <location filename="../../ui/staff_model.py" line="43"/>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="44"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="45"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="46"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="47"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="48"/>
        <source>Mobile</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="49"/>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="50"/>
        <source>Pre-job training</source>
        <translation>岗前培训</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="51"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="52"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="55"/>
        <source>The date the staff member passed pre-job training</source>
        <translation>工作人员岗前培训合格的日期</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="56"/>
        <source>Active, or the date the staff member left</source>
        <translation>在岗，或工作人员的离职日期</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="94"/>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="96"/>
        <source>Active, leaves on {date}</source>
        <translation>在岗，将于{date}离职</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="99"/>
        <source>Left on {date}</source>
        <translation>已于{date}离职</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="192"/>
        <source>Reason for leaving: {reason}</source>
        <translation>离职原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/staff_model.py" line="198"/>
        <source>Not yet passed pre-job training, so not at a window</source>
        <translation>尚未岗前培训合格，暂不安排窗口</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../ui/login.py" line="138"/>
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
        <location filename="../../ui/idle_lock.py" line="115"/>
        <source>HallDesk is locked</source>
        <translation>系统已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="122"/>
        <source>{name} ({user}) is logged in. Enter the password to go on where you left off.</source>
        <translation>当前登录用户：{name}（{user}）。请输入密码，继续之前的工作。</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="124"/>
        <source>{user} is logged in. Enter the password to go on where you left off.</source>
        <translation>当前登录用户：{user}。请输入密码，继续之前的工作。</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="131"/>
        <location filename="../../ui/idle_lock.py" line="132"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="135"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="145"/>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="154"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/users_dialog.py" line="212"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="300"/>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="314"/>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="315"/>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="316"/>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="317"/>
        <location filename="../../ui/users_dialog.py" line="369"/>
        <source>&amp;Disable…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="318"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="367"/>
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
        <location filename="../../ui/worker.py" line="103"/>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <location filename="../../ui/worker.py" line="128"/>
        <source>Something unexpected went wrong; nothing was saved. ({error})</source>
        <translation>发生意外错误，未保存任何内容。（{error}）</translation>
    </message>
</context>
</TS>
