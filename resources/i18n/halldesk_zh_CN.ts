<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <location filename="../../app/auth.py" line="344"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="349"/>
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
        <source>start the window with its data, then exit (a self-test)</source>
        <translation>打开主界面并加载数据后立即退出（用于自检）</translation>
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
    <name>Demo</name>
    <message>
        <location filename="../../app/demo.py" line="288"/>
        <source>Demo hall {hall} created in {seconds:.1f} s.</source>
        <translation>演示大厅“{hall}”已创建，用时{seconds:.1f}秒。</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="291"/>
        <source>Units ({n}): {names}.</source>
        <translation>单位（{n}个）：{names}。</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="292"/>
        <source>Windows: {windows}. Staff: {staff} ({active} active, {left} left, {untrained} still in pre-job training).</source>
        <translation>窗口：{windows}个。工作人员：{staff}名（在岗{active}名，离职{left}名，尚在岗前培训{untrained}名）。</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="306"/>
        <source>Users (password {password}): {users}.</source>
        <translation>用户（密码均为 {password}）：{users}。</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="313"/>
        <source>Existing accounts were kept with their own passwords: {users}.</source>
        <translation>以下原有账户已保留，密码不变：{users}。</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="440"/>
        <source>The demo needs {low} to {high} staff.</source>
        <translation>演示数据的工作人员人数须为{low}至{high}名。</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="445"/>
        <source>The demo covers {low} to {high} years.</source>
        <translation>演示数据的年数须为{low}至{high}年。</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="455"/>
        <source>This database already holds units or staff. Demo data goes only into a new, empty database: nothing was changed.</source>
        <translation>该数据库已有单位或工作人员数据，未作任何更改。演示数据只能写入新建的空数据库。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/errors.py" line="37"/>
        <source>row {row}</source>
        <translation>第{row}行</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="92"/>
        <source>The database address &apos;{detail}&apos; is not understood. Use a file path, sqlite:///path/to/file.db or postgresql://user@host/dbname.</source>
        <translation>无法识别数据库地址“{detail}”。请使用文件路径、sqlite:///path/to/file.db 或 postgresql://user@host/dbname 格式。</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="97"/>
        <source>The database file {detail} is read-only, or its folder is. Nothing was changed. Ask the administrator to make it writable, or choose another file.</source>
        <translation>数据库文件 {detail} 或其所在文件夹为只读，未作任何更改。请联系系统管理员开放写入权限，或选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="103"/>
        <source>The database is locked by another program. Nothing was changed. Close the other program (or wait for it to finish) and try again.</source>
        <translation>数据库被其他程序锁定，未作任何更改。请关闭该程序（或等待其完成）后重试。</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="108"/>
        <source>The database file is damaged or is not a HallDesk database ({detail}). It was not opened for writing. Restore the newest backup.</source>
        <translation>数据库文件已损坏，或不是本系统的数据库（{detail}），未以写入方式打开。请恢复最新的备份。</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="113"/>
        <source>This database was written by a newer version of HallDesk (it has the changes {detail}). Nothing was changed. Install the newer HallDesk to open it.</source>
        <translation>该数据库由更高版本的本系统写入（包含本版本未知的变更 {detail}），未作任何更改。请安装新版本后再打开。</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="118"/>
        <source>The database cannot be reached: {detail}. Nothing was changed.</source>
        <translation>无法连接数据库：{detail}。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="119"/>
        <source>The database could not be brought up to date: {detail}. The failed step was undone and a copy of the file was kept.</source>
        <translation>数据库升级失败：{detail}。失败的步骤已撤销，并已保留一份数据库文件副本。</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="124"/>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>磁盘空间已满，未保存任何内容。请清理部分空间后重试。</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="128"/>
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
        <location filename="../../app/roster.py" line="36"/>
        <source>staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="37"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="38"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="39"/>
        <source>window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="40"/>
        <source>position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="41"/>
        <source>mobile</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="42"/>
        <source>hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="43"/>
        <source>pre-job training passed on</source>
        <translation>岗前培训合格日期</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="44"/>
        <source>left on</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="45"/>
        <source>reason for leaving</source>
        <translation>离职原因</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="46"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="47"/>
        <source>window number</source>
        <translation>窗口编号</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="48"/>
        <source>window title</source>
        <translation>窗口名称</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="49"/>
        <source>reason</source>
        <translation>原因</translation>
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
        <location filename="../../app/roster.py" line="178"/>
        <source>A unit needs a name.</source>
        <translation>请填写单位名称。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="181"/>
        <source>A unit name has at most {n} characters.</source>
        <translation>单位名称最多{n}个字符。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="189"/>
        <source>There is already a unit called &apos;{name}&apos;.</source>
        <translation>已有名为“{name}”的单位。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="222"/>
        <source>{unit} still has active staff: {names}. Move them or record their leaving first.</source>
        <translation>{unit}仍有在岗工作人员：{names}。请先将其调至其他单位或办理离职登记。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="235"/>
        <source>{unit} still has windows in use: {numbers}. Retire or move them first.</source>
        <translation>{unit}仍有使用中的窗口：{numbers}。请先停用这些窗口或将其划归其他单位。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="252"/>
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="255"/>
        <location filename="../../app/roster.py" line="284"/>
        <location filename="../../app/roster.py" line="300"/>
        <location filename="../../app/roster.py" line="487"/>
        <location filename="../../app/roster.py" line="530"/>
        <location filename="../../app/roster.py" line="532"/>
        <source>At most {n} characters.</source>
        <translation>最多{n}个字符。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="280"/>
        <source>A window needs a number.</source>
        <translation>请填写窗口编号。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="294"/>
        <source>Window {number} exists already.</source>
        <translation>{number}号窗口已存在。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="304"/>
        <source>Choose the unit the window belongs to.</source>
        <translation>请选择该窗口所属单位。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="307"/>
        <location filename="../../app/roster.py" line="538"/>
        <source>{unit} is retired.</source>
        <translation>{unit}已停用。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="332"/>
        <source>Window {number} is staffed by {names}, who belong to another unit. Reassign them first.</source>
        <translation>{number}号窗口现由{names}值守，其所属单位与所选单位不同。请先为其调整窗口。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="359"/>
        <source>Window {number} is still staffed by {names}. Assign them elsewhere first.</source>
        <translation>{number}号窗口仍有{names}在岗。请先将其调至其他窗口。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="485"/>
        <source>A staff number is required.</source>
        <translation>请填写工号。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="489"/>
        <source>Use letters, digits, &apos;-&apos; and &apos;_&apos; only.</source>
        <translation>只能使用字母、数字、“-”和“_”。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="498"/>
        <source>Staff number {no} is already {name}&apos;s.</source>
        <translation>工号{no}已被{name}使用。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="505"/>
        <source>A name is required.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="509"/>
        <source>A name has at most {n} characters (this one has {m}).</source>
        <translation>姓名最多{n}个字符（当前为{m}个）。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="516"/>
        <source>The hire date is required.</source>
        <translation>请填写入职日期。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="518"/>
        <source>The hire date cannot be in the future.</source>
        <translation>入职日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="520"/>
        <source>The training date cannot be in the future.</source>
        <translation>岗前培训合格日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="526"/>
        <source>Enter an 11-digit mobile number or a landline such as 0376-6221234.</source>
        <translation>请输入11位手机号码，或固定电话号码（如0376-6221234）。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="536"/>
        <source>Choose the person&apos;s unit.</source>
        <translation>请选择该人员所属单位。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="543"/>
        <source>That window is not in use.</source>
        <translation>该窗口不存在或已停用。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="547"/>
        <source>Window {number} belongs to another unit.</source>
        <translation>{number}号窗口属于其他单位。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="552"/>
        <source>Only someone who has passed pre-job training may staff a window: enter the training date first.</source>
        <translation>岗前培训合格后方可上岗：请先填写岗前培训合格日期。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="608"/>
        <source>Enter the leaving date.</source>
        <translation>请填写离职日期。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="612"/>
        <source>The leaving date is before the hire date ({date}).</source>
        <translation>离职日期早于入职日期（{date}），请核对。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="620"/>
        <source>The leaving date is more than a year ahead.</source>
        <translation>离职日期不能晚于一年之后，请核对。</translation>
    </message>
    <message>
        <location filename="../../app/roster.py" line="625"/>
        <source>{name} left on {date} already.</source>
        <translation>{name}已于{date}离职。</translation>
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
    <name>Worker</name>
    <message>
        <location filename="../../ui/worker.py" line="85"/>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <location filename="../../ui/worker.py" line="107"/>
        <source>Something unexpected went wrong; nothing was saved. ({error})</source>
        <translation>发生意外错误，未保存任何内容。（{error}）</translation>
    </message>
</context>
</TS>
