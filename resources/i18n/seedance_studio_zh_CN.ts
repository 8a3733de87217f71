<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>{n} image</source>
        <translation>{n} 张图片</translation>
    </message>
    <message>
        <source>{n} images</source>
        <translation>{n} 张图片</translation>
    </message>
    <message>
        <source>{n} video</source>
        <translation>{n} 个视频</translation>
    </message>
    <message>
        <source>{n} videos</source>
        <translation>{n} 个视频</translation>
    </message>
    <message>
        <source>{n} audio clip</source>
        <translation>{n} 段音频</translation>
    </message>
    <message>
        <source>{n} audio clips</source>
        <translation>{n} 段音频</translation>
    </message>
    <message>
        <source>{n:,} byte</source>
        <translation>{n:,} 字节</translation>
    </message>
    <message>
        <source>{n:,} bytes</source>
        <translation>{n:,} 字节</translation>
    </message>
    <message>
        <source>Image {n}</source>
        <translation>图片 {n}</translation>
    </message>
    <message>
        <source>Video {n}</source>
        <translation>视频 {n}</translation>
    </message>
    <message>
        <source>Audio clip {n}</source>
        <translation>音频 {n}</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Text to video</source>
        <translation>文生视频</translation>
    </message>
    <message>
        <source>Image to video</source>
        <translation>图生视频</translation>
    </message>
    <message>
        <source>Reference to video</source>
        <translation>参考生视频</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>快速</translation>
    </message>
    <message>
        <source>Mini</source>
        <translation>迷你</translation>
    </message>
    <message>
        <source>{mode} · {tier}</source>
        <translation>{mode} · {tier}</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>首帧</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>尾帧</translation>
    </message>
    <message>
        <source>Audio {n}</source>
        <translation>音频 {n}</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>{quality} is only available on the standard models; {fast} and {mini} render up to {best}</source>
        <translation>{quality} 仅标准模型可用；{fast}和{mini}模型最高 {best}</translation>
    </message>
    <message>
        <source>Text-to-video models take no images; choose image or reference to video</source>
        <translation>文生视频模型不接受图片；请选择图生视频或参考生视频</translation>
    </message>
    <message>
        <source>Only reference-to-video models take reference videos</source>
        <translation>只有参考生视频模型接受参考视频</translation>
    </message>
    <message>
        <source>Only reference-to-video models take reference audio clips</source>
        <translation>只有参考生视频模型接受参考音频</translation>
    </message>
    <message>
        <source>Model parameters apply only to the Standard and Fast text-to-video models</source>
        <translation>模型参数仅适用于标准和快速文生视频模型</translation>
    </message>
    <message>
        <source>Unknown model “{model}”; choose one of the nine Seedance 2.0 models</source>
        <translation>未知模型“{model}”；请从九个 Seedance 2.0 模型中选择</translation>
    </message>
    <message>
        <source>Write a prompt describing the video</source>
        <translation>请写一段描述视频的提示词</translation>
    </message>
    <message>
        <source>The prompt is about {tokens:,} tokens; the limit is {limit:,}</source>
        <translation>提示词约 {tokens:,} 个 token；上限为 {limit:,}</translation>
    </message>
    <message>
        <source>{n} Chinese characters: about {limit} or fewer is recommended</source>
        <translation>{n} 个汉字：建议不超过约 {limit} 个</translation>
    </message>
    <message>
        <source>{n} words: about {limit} or fewer is recommended</source>
        <translation>{n} 个单词：建议不超过约 {limit} 个</translation>
    </message>
    <message>
        <source>Duration must be a whole number of seconds from {lo} to {hi}; {duration} s is too short</source>
        <translation>时长必须是 {lo} 到 {hi} 之间的整数秒；{duration} 秒太短</translation>
    </message>
    <message>
        <source>Duration must be a whole number of seconds from {lo} to {hi}; {duration} s is too long</source>
        <translation>时长必须是 {lo} 到 {hi} 之间的整数秒；{duration} 秒太长</translation>
    </message>
    <message>
        <source>Unknown quality “{quality}”; use 480p, 720p or 1080p</source>
        <translation>未知画质“{quality}”；请使用 480p、720p 或 1080p</translation>
    </message>
    <message>
        <source>Unknown aspect ratio “{aspect}”; use {choices}</source>
        <translation>未知画面比例“{aspect}”；请使用 {choices}</translation>
    </message>
    <message>
        <source>{reason}; remove the {count}</source>
        <translation>{reason}；请移除这 {count}</translation>
    </message>
    <message>
        <source>{mode} needs at least {count}</source>
        <translation>{mode}至少需要 {count}</translation>
    </message>
    <message>
        <source>{mode} needs at least {count} as the first frame</source>
        <translation>{mode}至少需要 {count}作为首帧</translation>
    </message>
    <message>
        <source>{count} given; this model takes at most {limit}</source>
        <translation>提供了 {count}；此模型最多接受 {limit} 个</translation>
    </message>
    <message>
        <source>{item} is empty</source>
        <translation>{item}为空</translation>
    </message>
    <message>
        <source>{item} is not a valid URL</source>
        <translation>{item}不是有效的 URL</translation>
    </message>
    <message>
        <source>{item} is not an http(s) URL the server can fetch</source>
        <translation>{item}不是服务器可获取的 http(s) URL</translation>
    </message>
    <message>
        <source>Audio cannot be used alone: add at least one image or one video</source>
        <translation>音频不能单独使用：请至少添加一张图片或一个视频</translation>
    </message>
    <message>
        <source>The callback URL is {length} characters long; the limit is {limit}</source>
        <translation>回调 URL 长 {length} 个字符；上限为 {limit}</translation>
    </message>
    <message>
        <source>The callback URL is not a valid URL</source>
        <translation>回调 URL 不是有效的 URL</translation>
    </message>
    <message>
        <source>The callback URL must start with https://</source>
        <translation>回调 URL 必须以 https:// 开头</translation>
    </message>
    <message>
        <source>The callback URL has no host name</source>
        <translation>回调 URL 没有主机名</translation>
    </message>
    <message>
        <source>The callback URL cannot point at this computer (localhost)</source>
        <translation>回调 URL 不能指向本机（localhost）</translation>
    </message>
    <message>
        <source>The callback URL cannot point at a private or local address ({host})</source>
        <translation>回调 URL 不能指向私有或本地地址（{host}）</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}：{problem}</translation>
    </message>
    <message>
        <source>{format} is not accepted; use {formats}</source>
        <translation>不接受 {format} 格式；请使用 {formats}</translation>
    </message>
    <message>
        <source>{size} is over the {limit} limit by {excess}</source>
        <translation>{size} 超出 {limit} 上限 {excess}</translation>
    </message>
    <message>
        <source>width {px} px is outside {lo}–{hi} px</source>
        <translation>宽度 {px} 像素，不在 {lo}–{hi} 像素范围内</translation>
    </message>
    <message>
        <source>height {px} px is outside {lo}–{hi} px</source>
        <translation>高度 {px} 像素，不在 {lo}–{hi} 像素范围内</translation>
    </message>
    <message>
        <source>aspect ratio {ratio} ({width}×{height}) is outside {lo}–{hi}</source>
        <translation>宽高比 {ratio}（{width}×{height}）不在 {lo}–{hi} 范围内</translation>
    </message>
    <message>
        <source>{width}×{height} = {pixels:,} pixels per frame is outside {lo:,}–{hi:,}</source>
        <translation>{width}×{height} = 每帧 {pixels:,} 像素，不在 {lo:,}–{hi:,} 范围内</translation>
    </message>
    <message>
        <source>{duration} s is outside {lo:g}–{hi:g} s</source>
        <translation>{duration} 秒，不在 {lo:g}–{hi:g} 秒范围内</translation>
    </message>
    <message>
        <source>{fps:.2f} fps is outside {lo:g}–{hi:g} fps</source>
        <translation>{fps:.2f} fps，不在 {lo:g}–{hi:g} fps 范围内</translation>
    </message>
    <message>
        <source>{n} {kind} files; at most {limit} can be used</source>
        <translation>{n} 个{kind}文件；最多可使用 {limit} 个</translation>
    </message>
    <message>
        <source>{total} s of {kind} in all is over the {limit:g} s total by {over} s</source>
        <translation>{kind}共 {total} 秒，超出总时长上限 {limit:g} 秒 {over} 秒</translation>
    </message>
    <message>
        <source>{size} of media in all is over the {limit} request limit by {excess}</source>
        <translation>媒体共 {size}，超出请求上限 {limit} {excess}</translation>
    </message>
    <message>
        <source>Quality changed from {wanted} to {got}: {tier} models render up to {best}</source>
        <translation>画质已从 {wanted} 改为 {got}：{tier}模型最高 {best}</translation>
    </message>
    <message>
        <source>{reason}. Kept here, not sent</source>
        <translation>{reason}。已保留在此，不会发送</translation>
    </message>
    <message>
        <source>{mode} uses at most {count}. Kept here, not sent</source>
        <translation>{mode}最多使用 {count}。已保留在此，不会发送</translation>
    </message>
    <message>
        <source>{count} kept but not used by {model}</source>
        <translation>{count}已保留，但{model}不会使用</translation>
    </message>
    <message>
        <source>Not valid JSON: {error} (line {line}, column {column})</source>
        <translation>不是有效的 JSON：{error}（第 {line} 行，第 {column} 列）</translation>
    </message>
    <message>
        <source>Model parameters must be a JSON object, like {example}</source>
        <translation>模型参数必须是 JSON 对象，例如 {example}</translation>
    </message>
    <message>
        <source>About {tokens:,} tokens: the limit is {limit:,}</source>
        <translation>约 {tokens:,} 个 token：上限为 {limit:,}</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>未知模型</translation>
    </message>
    <message>
        <source>unknown quality</source>
        <translation>未知画质</translation>
    </message>
    <message>
        <source>{what} prices are not published</source>
        <translation>{what}价格未公布</translation>
    </message>
    <message>
        <source>more if the input video is longer than the clip</source>
        <translation>输入视频比片段长时费用更高</translation>
    </message>
    <message>
        <source>+10% with the content filter off</source>
        <translation>关闭内容过滤 +10%</translation>
    </message>
    <message>
        <source>The API key was refused: it is wrong, expired or disabled</source>
        <translation>API 密钥被拒绝：密钥错误、已过期或已停用</translation>
    </message>
    <message>
        <source>Not enough credits (or this key&apos;s quota is used up)</source>
        <translation>积分不足（或此密钥的额度已用完）</translation>
    </message>
    <message>
        <source>This key has no access to that model</source>
        <translation>此密钥无权使用该模型</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>The request is too large (the limit is 64 MB)</source>
        <translation>请求过大（上限为 64 MB）</translation>
    </message>
    <message>
        <source>Too many requests at once; the server asked us to wait</source>
        <translation>同时请求过多；服务器要求稍候再试</translation>
    </message>
    <message>
        <source>The video service is temporarily unavailable</source>
        <translation>视频服务暂时不可用</translation>
    </message>
    <message>
        <source>The server answered HTTP {status}</source>
        <translation>服务器返回 HTTP {status}</translation>
    </message>
    <message>
        <source>Refused by the file service: {reason}</source>
        <translation>文件服务拒绝了此文件：{reason}</translation>
    </message>
    <message>
        <source>The file service refused {name} ({reason}): give a URL to this {kind} instead</source>
        <translation>文件服务拒绝了 {name}（{reason}）：请改为提供此{kind}的 URL</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>{name} could not be read for its upload ({error})</source>
        <translation>无法读取 {name} 以上传（{error}）</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>unsupported file type “{suffix}”; images are .jpg/.png/.webp, videos .mp4/.mov, audio .wav/.mp3</source>
        <translation>不支持的文件类型“{suffix}”；图片可用 .jpg/.png/.webp，视频可用 .mp4/.mov，音频可用 .wav/.mp3</translation>
    </message>
    <message>
        <source>not a readable image ({error})</source>
        <translation>不是可读取的图片（{error}）</translation>
    </message>
    <message>
        <source>has no video stream</source>
        <translation>没有视频流</translation>
    </message>
    <message>
        <source>has no audio stream</source>
        <translation>没有音频流</translation>
    </message>
    <message>
        <source>not readable as {kind} ({error})</source>
        <translation>无法作为{kind}读取（{error}）</translation>
    </message>
    <message>
        <source>Could not connect to {url}: {error}</source>
        <translation>无法连接到 {url}：{error}</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>服务器未及时响应</translation>
    </message>
    <message>
        <source>The connection broke before an answer arrived ({error})</source>
        <translation>收到响应之前连接已中断（{error}）</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not valid JSON</source>
        <translation>服务器的响应不是有效的 JSON</translation>
    </message>
    <message>
        <source>The server answered about task {got} when asked about {asked}</source>
        <translation>查询任务 {asked} 时，服务器返回的是任务 {got} 的信息</translation>
    </message>
    <message>
        <source>{message} {detail}</source>
        <translation>{message} {detail}</translation>
    </message>
    <message>
        <source>+{credits} per web search</source>
        <translation>每次网页搜索 +{credits}</translation>
    </message>
    <message>
        <source>quote from Evolink, {age}</source>
        <translation>Evolink 报价，{age}</translation>
    </message>
    <message>
        <source>Evolink&apos;s public price rules, updated {age}</source>
        <translation>Evolink 公开价格规则，更新于{age}</translation>
    </message>
    <message>
        <source>price table of {date}</source>
        <translation>{date} 的价格表</translation>
    </message>
    <message>
        <source>from your last {model} {quality} clip</source>
        <translation>根据您最近 1 个 {model} {quality} 片段</translation>
    </message>
    <message>
        <source>from your last {n} {model} {quality} clips</source>
        <translation>根据您最近 {n} 个 {model} {quality} 片段</translation>
    </message>
    <message>
        <source>{source}: ≈ {credits} credits</source>
        <translation>{source}：≈ {credits} 积分</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n} 分钟前</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n} 小时前</translation>
    </message>
    <message>
        <source>{n} d ago</source>
        <translation>{n} 天前</translation>
    </message>
    <message>
        <source>This API key may not use {model}</source>
        <translation>此 API 密钥不能使用 {model}</translation>
    </message>
    <message>
        <source>The request was sent but the answer was unusable ({error}); a task may exist</source>
        <translation>请求已发送，但响应无法使用（{error}）；任务可能已经创建</translation>
    </message>
    <message>
        <source>The request was sent but no answer came back ({error}); a task may exist</source>
        <translation>请求已发送，但没有收到响应（{error}）；任务可能已经创建</translation>
    </message>
    <message>
        <source>Offline: {reason}; retrying</source>
        <translation>离线：{reason}；正在重试</translation>
    </message>
    <message>
        <source>{reason}; retrying</source>
        <translation>{reason}；正在重试</translation>
    </message>
    <message>
        <source>Unexpected problem: {error}</source>
        <translation>意外问题：{error}</translation>
    </message>
    <message>
        <source>Download interrupted ({reason}); retrying</source>
        <translation>下载中断（{reason}）；正在重试</translation>
    </message>
    <message>
        <source>Stop tracking this task before removing it from the list</source>
        <translation>请先停止跟踪此任务，再将其从列表中移除</translation>
    </message>
    <message>
        <source>The app stopped before the server&apos;s answer arrived</source>
        <translation>应用在服务器响应到达之前已停止</translation>
    </message>
    <message>
        <source>Task {task_id} was created, but the task store could not record it ({error}); its id is in the log, and `seedance-studio status {task_id}` follows it</source>
        <translation>任务 {task_id} 已创建，但任务库无法记录它（{error}）；其 ID 已写入日志，可用 `seedance-studio status {task_id}` 查看</translation>
    </message>
    <message>
        <source>The finished task carries no result URL</source>
        <translation>已完成的任务没有结果链接</translation>
    </message>
    <message>
        <source>The task has no id</source>
        <translation>任务没有 ID</translation>
    </message>
    <message>
        <source>not a usable download address: {error}</source>
        <translation>不是可用的下载地址：{error}</translation>
    </message>
    <message>
        <source>refusing a download address that carries a user name or password</source>
        <translation>拒绝使用包含用户名或密码的下载地址</translation>
    </message>
    <message>
        <source>refusing to download from {scheme}://{host}: only https addresses (or http on this computer) are allowed</source>
        <translation>拒绝从 {scheme}://{host} 下载：只允许 https 地址（或本机的 http 地址）</translation>
    </message>
    <message>
        <source>the download failed after {attempts} attempts: {reason}</source>
        <translation>尝试 {attempts} 次后下载失败：{reason}</translation>
    </message>
    <message>
        <source>could not write {name}: {error}</source>
        <translation>无法写入 {name}：{error}</translation>
    </message>
    <message>
        <source>the download address redirected too many times</source>
        <translation>下载地址重定向次数过多</translation>
    </message>
    <message>
        <source>the clip&apos;s download address has expired (HTTP {status}); result links are valid for 24 hours after the video is finished</source>
        <translation>片段的下载地址已过期（HTTP {status}）；结果链接在视频完成后 24 小时内有效</translation>
    </message>
    <message>
        <source>the partial download did not match the file on the server</source>
        <translation>已下载的部分与服务器上的文件不一致</translation>
    </message>
    <message>
        <source>the server answered HTTP {status}</source>
        <translation>服务器返回 HTTP {status}</translation>
    </message>
    <message>
        <source>the server resumed the download at the wrong place</source>
        <translation>服务器从错误的位置续传下载</translation>
    </message>
    <message>
        <source>the server compressed a partial answer</source>
        <translation>服务器压缩了分段响应</translation>
    </message>
    <message>
        <source>the server refused the download (HTTP {status})</source>
        <translation>服务器拒绝了下载（HTTP {status}）</translation>
    </message>
    <message>
        <source>the connection closed after {done} of {total} bytes</source>
        <translation>连接在 {total} 字节中的 {done} 字节后关闭</translation>
    </message>
    <message>
        <source>could not read the downloaded file: {error}</source>
        <translation>无法读取已下载的文件：{error}</translation>
    </message>
    <message>
        <source>the server sent something that is not an MP4 video</source>
        <translation>服务器发送的内容不是 MP4 视频</translation>
    </message>
    <message>
        <source>could not save {name}: {error}</source>
        <translation>无法保存 {name}：{error}</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>could not connect to the download server</source>
        <translation>无法连接到下载服务器</translation>
    </message>
    <message>
        <source>the connection broke ({error})</source>
        <translation>连接中断（{error}）</translation>
    </message>
    <message>
        <source>the clip arrived incomplete ({done} bytes)</source>
        <translation>视频下载不完整（{done} 字节）</translation>
    </message>
    <message>
        <source>the clip has no index (moov box): it cannot be played</source>
        <translation>视频缺少索引（moov 盒），无法播放</translation>
    </message>
    <message>
        <source>the clip cannot be read as a video: {error}</source>
        <translation>无法将该文件读取为视频：{error}</translation>
    </message>
    <message>
        <source>the clip holds {read} of its {declared} frames</source>
        <translation>视频只包含 {declared} 帧中的 {read} 帧</translation>
    </message>
    <message>
        <source>the clip lasts {seconds} s instead of {expected} s</source>
        <translation>视频时长为 {seconds} 秒，而不是 {expected} 秒</translation>
    </message>
    <message>
        <source>Tried again by hand: asking for a fresh result link</source>
        <translation>已手动重试：正在获取新的结果链接</translation>
    </message>
    <message>
        <source>the result link was refused (HTTP {status}); asking for a fresh one</source>
        <translation>结果链接被拒绝（HTTP {status}）；正在获取新的链接</translation>
    </message>
    <message>
        <source>{problem} {hint}</source>
        <translation>{problem}{hint}</translation>
    </message>
    <message>
        <source>{fix} {fallback}</source>
        <translation>{fix}{fallback}</translation>
    </message>
    <message>
        <source>No OS keychain is available (no usable keyring backend was found).</source>
        <translation>没有可用的系统钥匙串（未找到可用的 keyring 后端）。</translation>
    </message>
    <message>
        <source>The configured keyring backend ({name}) stores secrets in a file; Seedance Studio refuses it.</source>
        <translation>所配置的 keyring 后端（{name}）会把密钥保存在文件中，Seedance Studio 拒绝使用它。</translation>
    </message>
    <message>
        <source>The keyring library could not start ({error}).</source>
        <translation>keyring 库无法启动（{error}）。</translation>
    </message>
    <message>
        <source>The OS keychain failed to read the API key ({detail}).</source>
        <translation>系统钥匙串读取 API 密钥失败（{detail}）。</translation>
    </message>
    <message>
        <source>The OS keychain failed to store the API key ({detail}).</source>
        <translation>系统钥匙串保存 API 密钥失败（{detail}）。</translation>
    </message>
    <message>
        <source>The OS keychain failed to delete the API key ({detail}).</source>
        <translation>系统钥匙串删除 API 密钥失败（{detail}）。</translation>
    </message>
    <message>
        <source>On Linux a Secret Service is needed: install and start gnome-keyring (Debian/Ubuntu: `{command}`) or KWallet, run inside a desktop session with a D-Bus session bus, and unlock the keyring when asked.</source>
        <translation>在 Linux 上需要 Secret Service：请安装并启动 gnome-keyring（Debian/Ubuntu：`{command}`）或 KWallet，在带有 D-Bus 会话总线的桌面会话中运行，并在提示时解锁钥匙串。</translation>
    </message>
    <message>
        <source>macOS Keychain refused access: unlock the login keychain in Keychain Access and allow Seedance Studio when macOS asks.</source>
        <translation>macOS 钥匙串拒绝了访问：请在“钥匙串访问”中解锁登录钥匙串，并在 macOS 询问时允许 Seedance Studio。</translation>
    </message>
    <message>
        <source>Windows Credential Manager refused access: make sure the Credential Manager service is running and you are logged in with a normal (non-guest) profile.</source>
        <translation>Windows 凭据管理器拒绝了访问：请确认凭据管理器服务正在运行，并且你使用的是普通（非来宾）账户登录。</translation>
    </message>
    <message>
        <source>Meanwhile you can set {env} in the environment or enter a session-only key (kept in memory until the app quits).</source>
        <translation>在此之前，你可以在环境变量中设置 {env}，或输入仅限本次会话的密钥（保存在内存中，退出应用后即忘记）。</translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation>API 密钥为空。</translation>
    </message>
    <message>
        <source>The API key contains whitespace; paste it again without spaces.</source>
        <translation>API 密钥中含有空白字符；请去掉空格后重新粘贴。</translation>
    </message>
    <message>
        <source>must be on or off</source>
        <translation>必须为开或关</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be between {lo} and {hi}</source>
        <translation>必须在 {lo} 到 {hi} 之间</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>必须是以下之一：{choices}</translation>
    </message>
    <message>
        <source>the clips folder must be a full path</source>
        <translation>片段文件夹必须是完整路径</translation>
    </message>
    <message>
        <source>“{path}” is a file, not a folder</source>
        <translation>“{path}”是一个文件，不是文件夹</translation>
    </message>
    <message>
        <source>the file name template is empty</source>
        <translation>文件名模板为空</translation>
    </message>
    <message>
        <source>unknown placeholder {field} in the file name template; the template may use {known}</source>
        <translation>文件名模板中有未知的占位符 {field}；模板可使用 {known}</translation>
    </message>
    <message>
        <source>the file name template has an unmatched {open} or {close}</source>
        <translation>文件名模板中有未配对的 {open} 或 {close}</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API 基础地址</translation>
    </message>
    <message>
        <source>file service URL</source>
        <translation>文件服务地址</translation>
    </message>
    <message>
        <source>The {what} “{url}” is not an http(s) URL</source>
        <translation>{what}“{url}”不是 http(s) 地址</translation>
    </message>
    <message>
        <source>The {what} must use https:// (plain http is allowed only to this computer, e.g. the built-in simulator); got “{url}”</source>
        <translation>{what}必须使用 https://（只有连接本机时才允许使用普通 http，例如内置模拟器）；当前为“{url}”</translation>
    </message>
    <message>
        <source>Your account&apos;s credit balance is too low for this request</source>
        <translation>账户积分余额不足以完成此请求</translation>
    </message>
    <message>
        <source>Your account&apos;s credit balance is too low: this request needs about {estimate} credits and {balance} remain</source>
        <translation>账户积分余额不足：此请求约需 {estimate} 积分，剩余 {balance}</translation>
    </message>
    <message>
        <source>Your account&apos;s credit balance is too low: this request needs about {estimate} credits</source>
        <translation>账户积分余额不足：此请求约需 {estimate} 积分</translation>
    </message>
    <message>
        <source>Your account&apos;s credit balance is too low: {balance} credits remain</source>
        <translation>账户积分余额不足：剩余 {balance} 积分</translation>
    </message>
    <message>
        <source>This API key has used up its own credit limit (the account may still have credits): raise the key&apos;s limit or use another key</source>
        <translation>此 API 密钥已用完自身的积分额度（账户可能仍有积分）：请提高该密钥的额度或换用其他密钥</translation>
    </message>
    <message>
        <source>This API key has used up its daily limit; it resets at {time} {zone} ({local} your time)</source>
        <translation>此 API 密钥已用完每日额度；将于 {zone} 时间 {time} 重置（您的时间 {local}）</translation>
    </message>
    <message>
        <source>This API key has used up its daily limit; it resets at midnight {zone}</source>
        <translation>此 API 密钥已用完每日额度；将于 {zone} 时间午夜重置</translation>
    </message>
    <message>
        <source>This API key has used up its daily limit; it resets once a day</source>
        <translation>此 API 密钥已用完每日额度；额度每天重置一次</translation>
    </message>
    <message>
        <source>This API key is disabled: enable it on your Evolink account or use another key</source>
        <translation>此 API 密钥已停用：请在 Evolink 账户中启用它或换用其他密钥</translation>
    </message>
    <message>
        <source>This API key has expired: extend it on your Evolink account or use another key</source>
        <translation>此 API 密钥已过期：请在 Evolink 账户中延期或换用其他密钥</translation>
    </message>
    <message>
        <source>This API key may not use this model: choose another model or allow it for the key on your Evolink account</source>
        <translation>此 API 密钥无权使用该模型：请选择其他模型，或在 Evolink 账户中为该密钥允许此模型</translation>
    </message>
    <message>
        <source>This Evolink account is disabled: contact Evolink support</source>
        <translation>此 Evolink 账户已停用：请联系 Evolink 支持</translation>
    </message>
    <message>
        <source>The video service could not fetch a media link: check that it is public and has not expired</source>
        <translation>视频服务无法获取某个媒体链接：请确认它可公开访问且未过期</translation>
    </message>
    <message>
        <source>Not sent: {reason}. No task was created and nothing was charged</source>
        <translation>未发送：{reason}。未创建任务，也未扣费</translation>
    </message>
    <message>
        <source>Not enough uploads left on the file service: this needs {needed}, {left} of {total} are left. Nothing was sent. Delete uploaded files (Account → Uploaded files…) or wait until they expire (72 h)</source>
        <translation>文件服务的剩余上传次数不足：本次需要 {needed} 个，剩余 {left} / {total} 个。未发送任何内容。请删除已上传的文件（账户 → 已上传的文件…）或等待它们过期（72 小时）</translation>
    </message>
    <message>
        <source>The file service&apos;s upload quota is used up: delete uploaded files (Account → Uploaded files…) or wait until they expire (72 h)</source>
        <translation>文件服务的上传配额已用完：请删除已上传的文件（账户 → 已上传的文件…）或等待它们过期（72 小时）</translation>
    </message>
    <message>
        <source>The file service is temporarily unavailable</source>
        <translation>文件服务暂时不可用</translation>
    </message>
    <message>
        <source>The file service answered HTTP {status}</source>
        <translation>文件服务返回了 HTTP {status}</translation>
    </message>
    <message>
        <source>Not found among your {n} most recent video task for {model}. It may exist all the same, and be charged: check the usage page of your Evolink dashboard before you submit it again</source>
        <translation>在您 {model} 最近的 {n} 个视频任务中未找到。它仍可能存在并已扣费：再次提交前，请先查看 Evolink 控制台的用量页面</translation>
    </message>
    <message>
        <source>Not found among your {n} most recent video tasks for {model}. It may exist all the same, and be charged: check the usage page of your Evolink dashboard before you submit it again</source>
        <translation>在您 {model} 最近的 {n} 个视频任务中未找到。它仍可能存在并已扣费：再次提交前，请先查看 Evolink 控制台的用量页面</translation>
    </message>
    <message>
        <source>{n} of your recent tasks could be this submission, equally close in time: none was taken; choose the right one</source>
        <translation>您最近有 {n} 个任务都可能是这次提交，时间上同样接近：没有采用任何一个；请选择正确的那个</translation>
    </message>
    <message>
        <source>{task_id} is not among the recent tasks that could be this submission</source>
        <translation>{task_id} 不在可能是这次提交的最近任务之中</translation>
    </message>
    <message>
        <source>Only a submission whose outcome is unknown can be sent again with its idempotency key</source>
        <translation>只有结果未知的提交才能使用其幂等键再次发送</translation>
    </message>
    <message>
        <source>The gateway answered with the task the first submission made ({task_id}): no second task was created</source>
        <translation>网关返回了第一次提交创建的任务（{task_id}）：没有创建第二个任务</translation>
    </message>
    <message>
        <source>The gateway made task {task_id} now: either the first submission never reached it, or the gateway does not honour the idempotency key. If the usage page of your Evolink dashboard shows an earlier task too, both are charged</source>
        <translation>网关刚刚创建了任务 {task_id}：可能第一次提交从未到达网关，也可能网关不遵守幂等键。如果 Evolink 控制台的用量页面还显示了更早的任务，则两个任务都会扣费</translation>
    </message>
    <message>
        <source>Sent again with the same idempotency key and refused ({error}); the first submission&apos;s outcome is still unknown</source>
        <translation>已使用相同的幂等键再次发送，但被拒绝（{error}）；第一次提交的结果仍然未知</translation>
    </message>
    <message>
        <source>Today: {today} of {budget} credits; this clip ≈ {estimate} → {after}</source>
        <translation>今日：已用 {today} / {budget} 积分；本片段约 {estimate} → {after}</translation>
    </message>
    <message>
        <source>Today: {today} of {budget} credits; this clip&apos;s price is unknown</source>
        <translation>今日：已用 {today} / {budget} 积分；本片段价格未知</translation>
    </message>
    <message>
        <source>“{text}” is not KEY=V1,V2 with KEY one of {keys}</source>
        <translation>“{text}” 不是 KEY=V1,V2 的形式，KEY 须为 {keys} 之一</translation>
    </message>
    <message>
        <source>--vary {key} needs at least two values</source>
        <translation>--vary {key} 至少需要两个值</translation>
    </message>
    <message>
        <source>“{value}” is not a {key} value</source>
        <translation>“{value}” 不是有效的 {key} 值</translation>
    </message>
    <message>
        <source>Vary at most {max} different settings at once</source>
        <translation>一次最多变化 {max} 项设置</translation>
    </message>
    <message>
        <source>Takes must be 1 to {max}, not {n}</source>
        <translation>版本数须为 1 到 {max}，而不是 {n}</translation>
    </message>
    <message>
        <source>{n} takes in one set; at most {max}</source>
        <translation>一组中有 {n} 个版本；最多 {max} 个</translation>
    </message>
    <message>
        <source>This task has no saved clip.</source>
        <translation>此任务没有已保存的片段。</translation>
    </message>
    <message>
        <source>“{name}” is no longer in {folder}: it was moved or deleted outside the studio.</source>
        <translation>“{name}”已不在 {folder} 中：它已在工作室之外被移动或删除。</translation>
    </message>
    <message>
        <source>Type a name for the clip.</source>
        <translation>请输入片段名称。</translation>
    </message>
    <message>
        <source>A name cannot contain / or \: the clip stays in its folder (use Save as… to put a copy elsewhere).</source>
        <translation>名称不能包含 / 或 \：片段会留在原文件夹中（如需放到别处，请使用“另存为…”保存副本）。</translation>
    </message>
    <message>
        <source>A file name cannot contain {chars}.</source>
        <translation>文件名不能包含 {chars}。</translation>
    </message>
    <message>
        <source>The name is too long: at most {limit} bytes.</source>
        <translation>名称过长：最多 {limit} 字节。</translation>
    </message>
    <message>
        <source>“{name}” already exists in {folder}: choose another name.</source>
        <translation>{folder} 中已存在“{name}”：请换一个名称。</translation>
    </message>
    <message>
        <source>“{name}” is the clip itself: choose another name or folder.</source>
        <translation>“{name}”就是该片段本身：请换一个名称或文件夹。</translation>
    </message>
    <message>
        <source>Could not save a copy as {path}: {reason}</source>
        <translation>无法另存副本为 {path}：{reason}</translation>
    </message>
    <message>
        <source>Could not rename “{name}”: {reason}</source>
        <translation>无法重命名“{name}”：{reason}</translation>
    </message>
    <message>
        <source>Could not rename the settings file of “{name}”: {reason}</source>
        <translation>无法重命名“{name}”的设置文件：{reason}</translation>
    </message>
    <message>
        <source>The library could not record the new name, so “{name}” keeps its name: {reason}</source>
        <translation>片段库无法记录新名称，因此“{name}”保留原名：{reason}</translation>
    </message>
    <message>
        <source>Could not move “{name}” to the trash: {reason}</source>
        <translation>无法将“{name}”移到回收站：{reason}</translation>
    </message>
    <message>
        <source>“{name}” is in the trash, but its settings file stayed behind: {reason}</source>
        <translation>“{name}”已在回收站中，但其设置文件未能一并移走：{reason}</translation>
    </message>
    <message>
        <source>“{name}” is in the trash, but the library could not record it: {reason}</source>
        <translation>“{name}”已在回收站中，但片段库无法记录此操作：{reason}</translation>
    </message>
    <message>
        <source>The library could not keep the star: {reason}</source>
        <translation>片段库无法保存收藏标记：{reason}</translation>
    </message>
    <message>
        <source>“{name}” has no picture to take a frame from.</source>
        <translation>“{name}”没有可提取帧的画面。</translation>
    </message>
    <message>
        <source>“{name}” could not be decoded: {reason}</source>
        <translation>无法解码“{name}”：{reason}</translation>
    </message>
    <message>
        <source>“{name}” holds no decodable frame.</source>
        <translation>“{name}”中没有可解码的帧。</translation>
    </message>
    <message>
        <source>The last frame of “{name}” could not be saved: {reason}</source>
        <translation>无法保存“{name}”的最后一帧：{reason}</translation>
    </message>
    <message>
        <source>Something went wrong: {reason}</source>
        <translation>出了点问题：{reason}</translation>
    </message>
    <message>
        <source>The prompt holds only invisible characters (zero-width spaces or joiners): write what the video should show</source>
        <translation>提示词只有不可见字符（零宽空格或连接符）：请写出视频应呈现的内容</translation>
    </message>
    <message>
        <source>the image is damaged or cut short ({error})</source>
        <translation>图片已损坏或不完整（{error}）</translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation>无法读取：没有权限</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, socket or device)</source>
        <translation>不是普通文件（管道、套接字或设备）</translation>
    </message>
    <message>
        <source>is a symbolic link that loops back on itself</source>
        <translation>是指向自身的循环符号链接</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>无法读取：{reason}</translation>
    </message>
    <message>
        <source>“{source}”: {scheme}:// links are not accepted; give an https:// link or a local file</source>
        <translation>“{source}”：不接受 {scheme}:// 链接；请提供 https:// 链接或本地文件</translation>
    </message>
    <message>
        <source>The {what} must not contain a user name or password (user:password@{host}): the API key is the only credential sent</source>
        <translation>{what}不能包含用户名或密码（user:password@{host}）：只发送 API 密钥作为凭据</translation>
    </message>
    <message>
        <source>The task library {path} was damaged ({reason}); it was moved aside to {aside} and a new one was started and filled again from {count} clip(s) found beside their settings files.</source>
        <translation>任务库 {path} 已损坏（{reason}）；已将其移到 {aside}，并新建了任务库，从设置文件旁找到的 {count} 个片段重新填充。</translation>
    </message>
    <message>
        <source>The task library {path} was written by a newer Seedance Studio (schema {found}, this version knows {known}): update the app; the file was left untouched.</source>
        <translation>任务库 {path} 由更新版本的 Seedance Studio 写入（架构 {found}，此版本只认识 {known}）：请更新应用；该文件未被改动。</translation>
    </message>
    <message>
        <source>The task library {path} is a folder, not a file: move that folder away and start again.</source>
        <translation>任务库 {path} 是文件夹而不是文件：请移走该文件夹后重新启动。</translation>
    </message>
    <message>
        <source>The task library {path} cannot be written (read-only folder or file): make its folder writable.</source>
        <translation>任务库 {path} 无法写入（文件夹或文件只读）：请让其文件夹可写。</translation>
    </message>
    <message>
        <source>The disk holding the task library {path} is full: free some space and start again.</source>
        <translation>任务库 {path} 所在的磁盘已满：请释放一些空间后重新启动。</translation>
    </message>
    <message>
        <source>The task library {path} cannot be opened: {reason}</source>
        <translation>无法打开任务库 {path}：{reason}</translation>
    </message>
    <message>
        <source>The task library {path} is empty (0 bytes) although it held tasks before; it was started again from {count} clip(s) found beside their settings files.</source>
        <translation>任务库 {path} 是空的（0 字节），但之前有任务；已从设置文件旁找到的 {count} 个片段重新建立。</translation>
    </message>
    <message>
        <source>Duration {old} s became {new} s (clips are {lo}–{hi} s).</source>
        <translation>时长 {old} 秒改为 {new} 秒（片段为 {lo}–{hi} 秒）。</translation>
    </message>
    <message>
        <source>Quality {old} became {new}: {model} does not offer {old}.</source>
        <translation>画质 {old} 改为 {new}：{model} 不提供 {old}。</translation>
    </message>
    <message>
        <source>Model {old} is not available here: {new} is used instead.</source>
        <translation>此处没有模型 {old}：改用 {new}。</translation>
    </message>
    <message>
        <source>Shot {shot} was not made: {reason}</source>
        <translation>镜头 {shot} 未能生成：{reason}</translation>
    </message>
    <message>
        <source>Shot {shot} starts from the shot before it, which has no clip yet.</source>
        <translation>镜头 {shot} 从上一个镜头开始，但上一个镜头还没有片段。</translation>
    </message>
    <message>
        <source>The clip of shot {shot} cannot be used: {reason}</source>
        <translation>镜头 {shot} 的片段无法使用：{reason}</translation>
    </message>
    <message>
        <source>{n} clip of the sequence is no longer where it was and was not found in the library.</source>
        <translation>序列中有 {n} 个片段已不在原位置，且在片段库中未找到。</translation>
    </message>
    <message>
        <source>{n} clips of the sequence are no longer where they were and were not found in the library.</source>
        <translation>序列中有 {n} 个片段已不在原位置，且在片段库中未找到。</translation>
    </message>
    <message>
        <source>The sequence could not be saved to {name}: {reason}.</source>
        <translation>序列无法保存到 {name}：{reason}。</translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}.</source>
        <translation>无法读取 {name}：{reason}。</translation>
    </message>
    <message>
        <source>{name} is not a sequence file.</source>
        <translation>{name} 不是序列文件。</translation>
    </message>
    <message>
        <source>{name} was saved by a newer Seedance Studio; update the app to open it.</source>
        <translation>{name} 由更新版本的 Seedance Studio 保存；请更新应用后再打开。</translation>
    </message>
    <message>
        <source>{name} is damaged ({n} problems).</source>
        <translation>{name} 已损坏（{n} 处问题）。</translation>
    </message>
    <message>
        <source>{name} has no video.</source>
        <translation>{name} 没有视频。</translation>
    </message>
    <message>
        <source>{name} is not a readable video.</source>
        <translation>{name} 不是可读取的视频。</translation>
    </message>
    <message>
        <source>{name} has no length.</source>
        <translation>{name} 没有时长。</translation>
    </message>
    <message>
        <source>Video playback is unavailable: Qt Multimedia could not be loaded ({reason}).</source>
        <translation>无法播放视频：无法加载 Qt Multimedia（{reason}）。</translation>
    </message>
    <message>
        <source>Video playback is unavailable: no media backend was found.</source>
        <translation>无法播放视频：未找到媒体后端。</translation>
    </message>
    <message>
        <source>No audio device: the clip plays without sound.</source>
        <translation>没有音频设备：片段将无声播放。</translation>
    </message>
    <message>
        <source>The clip cannot be played: {path} does not exist.</source>
        <translation>无法播放片段：{path} 不存在。</translation>
    </message>
    <message>
        <source>The clip cannot be played: {name} is not a video this player can read.</source>
        <translation>无法播放片段：{name} 不是本播放器能读取的视频。</translation>
    </message>
    <message>
        <source>The clip cannot be played: the format of {name} is not supported.</source>
        <translation>无法播放片段：不支持 {name} 的格式。</translation>
    </message>
    <message>
        <source>The clip cannot be played: {name} cannot be read (permission denied).</source>
        <translation>无法播放片段：无法读取 {name}（权限不足）。</translation>
    </message>
    <message>
        <source>The clip cannot be played: {name} is damaged or not a video.</source>
        <translation>无法播放片段：{name} 已损坏或不是视频。</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Short video clips with the Seedance 2.0 models over the Evolink API. Your clips stay on your own disk.</source>
        <translation>通过 Evolink API 使用 Seedance 2.0 模型制作短视频片段。片段保存在你自己的磁盘上。</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>复制版本信息(&amp;C)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>复制版本信息</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>日志文件夹：</translation>
    </message>
</context>
<context>
    <name>AccountNotice</name>
    <message>
        <source>Open account page</source>
        <translation>打开账户页面</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Reuse settings of a clip…</source>
        <translation>复用片段的设置(&amp;R)…</translation>
    </message>
    <message>
        <source>Fill the composer with the settings a clip was made with (the clip, or its .json); dropping it on the composer does the same</source>
        <translation>用生成片段时的设置填充编辑器（选择片段或其 .json）；把它拖到编辑器上效果相同</translation>
    </message>
    <message>
        <source>Open &amp;clips folder</source>
        <translation>打开片段文件夹(&amp;C)</translation>
    </message>
    <message>
        <source>Show the folder where finished clips are saved</source>
        <translation>显示保存已完成片段的文件夹</translation>
    </message>
    <message>
        <source>&amp;New sequence</source>
        <translation>新建序列(&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty sequence (the open one stays saved)</source>
        <translation>新建一个空序列（当前序列会保留保存）</translation>
    </message>
    <message>
        <source>Open se&amp;quence…</source>
        <translation>打开序列(&amp;Q)…</translation>
    </message>
    <message>
        <source>Open a saved sequence; dropping its file on the Sequence panel does the same</source>
        <translation>打开已保存的序列；把序列文件拖到“序列”面板上也可以</translation>
    </message>
    <message>
        <source>&amp;Add composer&apos;s shot to sequence</source>
        <translation>将编辑器中的镜头加入序列(&amp;A)</translation>
    </message>
    <message>
        <source>A draft shot with the composer&apos;s settings, at the end of the sequence</source>
        <translation>用编辑器当前设置创建一个草稿镜头，放在序列末尾</translation>
    </message>
    <message>
        <source>&amp;Export sequence…</source>
        <translation>导出序列(&amp;E)…</translation>
    </message>
    <message>
        <source>Join the sequence&apos;s shots into one MP4 (or an animated preview)</source>
        <translation>把序列中的镜头合成为一个 MP4（或动画预览）</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Clips folder, file names, language, theme and more</source>
        <translation>片段文件夹、文件名、语言、主题等</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit; unfinished tasks are picked up at the next start</source>
        <translation>退出；未完成的任务会在下次启动时继续</translation>
    </message>
    <message>
        <source>&amp;Gallery / viewer</source>
        <translation>画廊 / 查看器(&amp;G)</translation>
    </message>
    <message>
        <source>Switch the centre between the clip being viewed and the gallery of every clip</source>
        <translation>在正在查看的片段与所有片段的画廊之间切换中央区域</translation>
    </message>
    <message>
        <source>&amp;Next region</source>
        <translation>下一个区域(&amp;N)</translation>
    </message>
    <message>
        <source>Move the focus: composer, viewer, queue</source>
        <translation>移动焦点：创作区、查看器、队列</translation>
    </message>
    <message>
        <source>&amp;Previous region</source>
        <translation>上一个区域(&amp;P)</translation>
    </message>
    <message>
        <source>Move the focus back: queue, viewer, composer</source>
        <translation>反向移动焦点：队列、查看器、创作区</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>Put the composer, the viewer and the queue back in their places and sizes</source>
        <translation>将创作区、查看器和队列恢复到原来的位置和大小</translation>
    </message>
    <message>
        <source>&amp;API key…</source>
        <translation>API 密钥(&amp;A)…</translation>
    </message>
    <message>
        <source>Enter, test or remove the API key</source>
        <translation>输入、测试或删除 API 密钥</translation>
    </message>
    <message>
        <source>&amp;Refresh balance</source>
        <translation>刷新余额(&amp;R)</translation>
    </message>
    <message>
        <source>Ask the server for the remaining credits</source>
        <translation>向服务器查询剩余积分</translation>
    </message>
    <message>
        <source>&amp;Uploaded files…</source>
        <translation>已上传的文件(&amp;U)…</translation>
    </message>
    <message>
        <source>The files uploaded for your clips, how long they are kept, and the upload quota; delete them here</source>
        <translation>为片段上传的文件、保留时长和上传配额；可在此删除</translation>
    </message>
    <message>
        <source>&amp;Spending…</source>
        <translation>消费(&amp;S)…</translation>
    </message>
    <message>
        <source>Credits spent per day, week and month and per model, refunds apart; export as CSV</source>
        <translation>按日、周、月及按模型统计的积分消费，退款单列；可导出为 CSV</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every key of the window on one sheet</source>
        <translation>在一张表中列出窗口的所有快捷键</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>The log files, with keys masked, for support</source>
        <translation>日志文件（密钥已遮蔽），供技术支持使用</translation>
    </message>
    <message>
        <source>&amp;About Seedance Studio</source>
        <translation>关于 Seedance Studio(&amp;A)</translation>
    </message>
    <message>
        <source>Versions and credits</source>
        <translation>版本与致谢</translation>
    </message>
    <message>
        <source>Reuse settings</source>
        <translation>复用设置</translation>
    </message>
    <message>
        <source>Fill the composer with the settings this clip was made with</source>
        <translation>用生成此片段时的设置填充编辑区</translation>
    </message>
    <message>
        <source>Continue from last frame</source>
        <translation>从最后一帧继续</translation>
    </message>
    <message>
        <source>Image to video with this clip&apos;s last frame as the next first frame</source>
        <translation>图生视频：以此片段的最后一帧作为下一段的首帧</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Side by side with the clip viewed before this one</source>
        <translation>与之前查看的片段并排对比</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Show the clip in the file manager</source>
        <translation>在文件管理器中显示此片段</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Give the clip a name: its file and its title in the gallery</source>
        <translation>为片段命名：文件名和画廊中的标题</translation>
    </message>
    <message>
        <source>Move to trash…</source>
        <translation>移到回收站…</translation>
    </message>
    <message>
        <source>Move the clip and its settings file to the trash</source>
        <translation>将片段及其设置文件移到回收站</translation>
    </message>
</context>
<context>
    <name>AdvancedSection</name>
    <message>
        <source>Model param&amp;eters</source>
        <translation>模型参数(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Callback URL</source>
        <translation>回调 URL(&amp;C)</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>高级(&amp;V)</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation>模型参数</translation>
    </message>
    <message>
        <source>{&quot;key&quot;: &quot;value&quot;}  — a JSON object, sent as model_params</source>
        <translation>{&quot;key&quot;: &quot;value&quot;}  — 一个 JSON 对象，作为 model_params 发送</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>回调 URL</translation>
    </message>
</context>
<context>
    <name>BalanceLabel</name>
    <message>
        <source>Credits: —</source>
        <translation>积分：—</translation>
    </message>
    <message>
        <source>Click to refresh the balance</source>
        <translation>点击刷新余额</translation>
    </message>
    <message>
        <source>Credits: %1</source>
        <translation>积分：%1</translation>
    </message>
    <message>
        <source>Credits: unknown</source>
        <translation>积分：未知</translation>
    </message>
    <message>
        <source> · this key: %1</source>
        <translation> · 此密钥：%1</translation>
    </message>
    <message>
        <source>Account: %1 credits left, %2 used</source>
        <translation>账户：剩余 %1 积分，已用 %2</translation>
    </message>
    <message>
        <source>This key has no limit of its own</source>
        <translation>此密钥没有单独的额度限制</translation>
    </message>
    <message>
        <source>This key: %1 credits left of its own limit</source>
        <translation>此密钥：自身额度剩余 %1 积分</translation>
    </message>
    <message>
        <source>Click to refresh</source>
        <translation>点击刷新</translation>
    </message>
    <message>
        <source>Credits: …</source>
        <translation>积分：…</translation>
    </message>
    <message>
        <source>Credits: unavailable</source>
        <translation>积分：无法读取</translation>
    </message>
    <message>
        <source>The balance could not be read: %1
Click to try again</source>
        <translation>无法读取余额：%1
点击重试</translation>
    </message>
</context>
<context>
    <name>BudgetPrompt</name>
    <message>
        <source>Over your daily budget</source>
        <translation>超出每日预算</translation>
    </message>
    <message>
        <source>Send anyway?</source>
        <translation>仍要发送吗？</translation>
    </message>
    <message>
        <source>&amp;Send anyway</source>
        <translation>仍然发送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t send</source>
        <translation>不发送(&amp;D)</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <source>Don&apos;t send</source>
        <translation>不发送</translation>
    </message>
    <message>
        <source>The daily budget is in Preferences → Account &amp; advanced.</source>
        <translation>每日预算位于 首选项 → 账户与高级。</translation>
    </message>
</context>
<context>
    <name>Charges</name>
    <message>
        <source>%1 reserved</source>
        <translation>预留 %1</translation>
    </message>
    <message>
        <source>%1 charged</source>
        <translation>扣费 %1</translation>
    </message>
    <message>
        <source>%1 refunded</source>
        <translation>退还 %1</translation>
    </message>
    <message>
        <source>%1 credits reserved</source>
        <translation>已预留 %1 积分</translation>
    </message>
</context>
<context>
    <name>ClipActionBar</name>
    <message>
        <source>Clip actions</source>
        <translation>片段操作</translation>
    </message>
</context>
<context>
    <name>ClipCommands</name>
    <message>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>Reuse &amp;settings</source>
        <translation>复用设置(&amp;S)</translation>
    </message>
    <message>
        <source>Use &amp;last frame as next first frame</source>
        <translation>用最后一帧作为下一段的首帧(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Compare two selected clips</source>
        <translation>对比所选的两个片段(&amp;C)</translation>
    </message>
    <message>
        <source>Compare ta&amp;kes</source>
        <translation>比较多个版本(&amp;K)</translation>
    </message>
    <message>
        <source>Show t&amp;his set</source>
        <translation>只显示这一组(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Make again at…</source>
        <translation>换档重新生成(&amp;M)…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Show in &amp;file manager</source>
        <translation>在文件管理器中显示(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;opy path</source>
        <translation>复制路径(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>收藏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <translation>移到回收站(&amp;T)…</translation>
    </message>
    <message>
        <source>Clip actions</source>
        <translation>片段操作</translation>
    </message>
    <message>
        <source>Taking the last frame of %1…</source>
        <translation>正在提取 %1 的最后一帧…</translation>
    </message>
    <message>
        <source>Only one take of this set is saved: nothing to compare it with yet.</source>
        <translation>这一组只保存了一个版本：暂时没有可比较的。</translation>
    </message>
    <message>
        <source>The grid shows the first %1 of the set&apos;s %2 clips.</source>
        <translation>网格显示这一组 %2 个片段中的前 %1 个。</translation>
    </message>
    <message>
        <source>Save a copy of the clip</source>
        <translation>保存片段副本</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <source>No file manager could show the clip&apos;s folder.</source>
        <translation>没有可以显示该片段所在文件夹的文件管理器。</translation>
    </message>
    <message>
        <source>Copied the path</source>
        <translation>已复制路径</translation>
    </message>
    <message>
        <source>Copied %1 paths</source>
        <translation>已复制 %1 个路径</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>已另存副本为 %1</translation>
    </message>
</context>
<context>
    <name>ClipDetails</name>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Make &amp;again at…</source>
        <translation>换档重新生成(&amp;A)…</translation>
    </message>
    <message>
        <source>Compare &amp;takes</source>
        <translation>比较多个版本(&amp;T)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>画质</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>画面比例</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Clip note</source>
        <translation>片段备注</translation>
    </message>
    <message>
        <source>The same prompt and media on another tier, quality or duration</source>
        <translation>用相同的提示词和素材，换一个档位、画质或时长重新生成</translation>
    </message>
    <message>
        <source>The clips of this clip&apos;s take set, side by side in a grid</source>
        <translation>把这个片段所在组的各个版本并排放在网格中</translation>
    </message>
    <message>
        <source>No record of how this clip was made: there is no sidecar file beside it.</source>
        <translation>没有这个片段的生成记录：它旁边没有附属的 JSON 文件。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>ClipFlow</name>
    <message>
        <source>Reuse the settings of a clip</source>
        <translation>复用片段的设置</translation>
    </message>
    <message>
        <source>Clips and their settings (*.mp4 *.mov *.m4v *.webm *.json)</source>
        <translation>片段及其设置 (*.mp4 *.mov *.m4v *.webm *.json)</translation>
    </message>
    <message>
        <source>That did not work: %1 (the log has the details).</source>
        <translation>操作未成功：%1（详情见日志）。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The settings of %1 could not be looked up: see the log.</source>
        <translation>无法查找 %1 的设置：请查看日志。</translation>
    </message>
    <message>
        <source>Settings of %1 are in the composer</source>
        <translation>%1 的设置已填入编辑器</translation>
    </message>
    <message>
        <source>Settings of %1 are in the composer (matched in the library)</source>
        <translation>%1 的设置已填入编辑器（在片段库中匹配到）</translation>
    </message>
    <message>
        <source>Replace the composer&apos;s contents?</source>
        <translation>替换编辑器中的内容？</translation>
    </message>
    <message>
        <source>The prompt, settings and media in the composer will be replaced by those of %1.</source>
        <translation>编辑器中的提示词、设置和素材将被替换为 %1 的内容。</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is neither a clip nor a clip&apos;s settings file (.json).</source>
        <translation>%1 既不是片段，也不是片段的设置文件（.json）。</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is not a settings file: it is not JSON.</source>
        <translation>%1 不是设置文件：它不是 JSON。</translation>
    </message>
    <message>
        <source>%1 was not written by Seedance Studio.</source>
        <translation>%1 不是由 Seedance Studio 写入的。</translation>
    </message>
    <message>
        <source>%1 holds no request that can be read.</source>
        <translation>%1 中没有可读取的请求。</translation>
    </message>
    <message>
        <source>%1 has no settings file beside it and is not a clip of this library.</source>
        <translation>%1 旁边没有设置文件，也不是本片段库中的片段。</translation>
    </message>
    <message>
        <source>Image to video from the last frame of %1: change the prompt and generate</source>
        <translation>以 %1 的最后一帧做图生视频：修改提示词后生成</translation>
    </message>
</context>
<context>
    <name>CompareSide</name>
    <message>
        <source>%1 video</source>
        <translation>%1视频</translation>
    </message>
    <message>
        <source>%1 clip settings</source>
        <translation>%1片段设置</translation>
    </message>
    <message>
        <source>%1 clip message</source>
        <translation>%1片段消息</translation>
    </message>
    <message>
        <source>No settings saved with this clip</source>
        <translation>此片段未保存设置</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation>“%1” — %2</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>&amp;Sound from</source>
        <translation>声音来源(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;wap sides</source>
        <translation>交换左右(&amp;W)</translation>
    </message>
    <message>
        <source>Play both clips over and over; the shorter one waits on its last frame for the longer one</source>
        <translation>循环播放两个片段；较短的片段停在最后一帧，等待较长的片段</translation>
    </message>
    <message>
        <source>Left clip</source>
        <translation>左侧片段</translation>
    </message>
    <message>
        <source>Right clip</source>
        <translation>右侧片段</translation>
    </message>
    <message>
        <source>Sound from</source>
        <translation>声音来源</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>交换左右</translation>
    </message>
    <message>
        <source>Put the left clip on the right and the right clip on the left</source>
        <translation>把左侧片段放到右边，右侧片段放到左边</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>%1 clip: %2</source>
        <translation>%1片段：%2</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare clips</source>
        <translation>对比片段</translation>
    </message>
    <message>
        <source>Compare %1 and %2</source>
        <translation>对比 %1 与 %2</translation>
    </message>
</context>
<context>
    <name>ComposerPanel</name>
    <message>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Model parameters kept but not sent: %1</source>
        <translation>模型参数已保留但不会发送：%1</translation>
    </message>
</context>
<context>
    <name>CostLine</name>
    <message>
        <source>The server&apos;s reserved credits are the final figure</source>
        <translation>以服务器预留的积分为准</translation>
    </message>
    <message>
        <source>price not published</source>
        <translation>价格未公布</translation>
    </message>
    <message>
        <source>≈ %1 credits</source>
        <translation>≈ %1 积分</translation>
    </message>
    <message>
        <source>%1 s × %2 credits/s</source>
        <translation>%1 秒 × %2 积分/秒</translation>
    </message>
</context>
<context>
    <name>DemoBadge</name>
    <message>
        <source>Demo — simulated clips</source>
        <translation>演示 — 模拟片段</translation>
    </message>
    <message>
        <source>&amp;Leave demo</source>
        <translation>退出演示(&amp;L)</translation>
    </message>
    <message>
        <source>Clips come from the built-in simulator on this computer: placeholders, no credits spent.</source>
        <translation>片段来自本机内置的模拟器：仅为占位内容，不消耗积分。</translation>
    </message>
    <message>
        <source>Leave demo</source>
        <translation>退出演示</translation>
    </message>
    <message>
        <source>Enter an API key and make real clips</source>
        <translation>输入 API 密钥，制作真实片段</translation>
    </message>
</context>
<context>
    <name>DraftBuilder</name>
    <message>
        <source>Still checking the media files…</source>
        <translation>仍在检查媒体文件…</translation>
    </message>
    <message>
        <source>Kept but not sent: %1 takes no model parameters</source>
        <translation>已保留但不会发送：%1 不接受模型参数</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>The sequence&apos;s own quality and aspect</source>
        <translation>序列自身的画质和宽高比</translation>
    </message>
    <message>
        <source>1080p</source>
        <translation>1080p</translation>
    </message>
    <message>
        <source>9:16 vertical, centre crop</source>
        <translation>9:16 竖屏，居中裁剪</translation>
    </message>
    <message>
        <source>9:16 vertical, letterboxed</source>
        <translation>9:16 竖屏，加黑边</translation>
    </message>
    <message>
        <source>Animated preview of the first seconds</source>
        <translation>开头几秒的动画预览</translation>
    </message>
    <message>
        <source>Export the sequence</source>
        <translation>导出序列</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>None (cuts)</source>
        <translation>无（硬切）</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;rossfades:</source>
        <translation>交叉淡化(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <source>Shots: %1 · film of %2 s.</source>
        <translation>镜头：%1 个 · 成片 %2 秒。</translation>
    </message>
    <message>
        <source>Choose a file in an existing folder.</source>
        <translation>请选择一个已存在文件夹中的文件。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Shot %1…</source>
        <translation>镜头 %1…</translation>
    </message>
    <message>
        <source>Shot %1 · about %2 s left</source>
        <translation>镜头 %1 · 约剩 %2 秒</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：没有写入任何文件。</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <source>Several of your recent tasks could be this submission, equally close to when it was sent. Choose the one that is yours; the others are left alone. If none is, cancel: nothing is adopted.</source>
        <translation>您最近的任务中有几个都可能是这次提交，且与发送时间同样接近。请选择属于您的那个；其余的不会被改动。如果都不是，请取消：不会采用任何任务。</translation>
    </message>
    <message>
        <source>&amp;Matching tasks</source>
        <translation>匹配的任务(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Use this task</source>
        <translation>使用此任务(&amp;U)</translation>
    </message>
    <message>
        <source>Which task is it?</source>
        <translation>是哪个任务？</translation>
    </message>
    <message>
        <source>%1 · %2 · made at %3, %4 s from when it was sent</source>
        <translation>%1 · %2 · 创建于 %3，与发送时间相差 %4 秒</translation>
    </message>
</context>
<context>
    <name>FrameMarks</name>
    <message>
        <source>Sequence shot</source>
        <translation>序列镜头</translation>
    </message>
    <message>
        <source>Set in (I)</source>
        <translation>设入点 (I)</translation>
    </message>
    <message>
        <source>Set out (O)</source>
        <translation>设出点 (O)</translation>
    </message>
    <message>
        <source>Use this frame</source>
        <translation>使用此帧</translation>
    </message>
    <message>
        <source>Start the next shot of the sequence from the frame shown</source>
        <translation>让序列的下一个镜头从当前显示的这一帧开始</translation>
    </message>
</context>
<context>
    <name>GenerateBar</name>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Why Generate is disabled</source>
        <translation>无法生成的原因</translation>
    </message>
    <message>
        <source>Add to sequence</source>
        <translation>加入序列</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>(+%1 more)</source>
        <translation>（另有 %1 项）</translation>
    </message>
    <message>
        <source>Ready · Ctrl+Enter</source>
        <translation>就绪 · Ctrl+Enter</translation>
    </message>
    <message>
        <source>Generate (Ctrl+Enter)</source>
        <translation>生成 (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>HistoryPopup</name>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>使用(&amp;U)</translation>
    </message>
    <message>
        <source>Save as &amp;preset…</source>
        <translation>存为预设(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Delete preset</source>
        <translation>删除预设(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Prompt history and presets</source>
        <translation>提示词历史与预设</translation>
    </message>
    <message>
        <source>Words of the prompt</source>
        <translation>提示词中的字词</translation>
    </message>
    <message>
        <source>Prompts sent</source>
        <translation>已发送的提示词</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <source>P&amp;resets</source>
        <translation>预设(&amp;R)</translation>
    </message>
    <message>
        <source>Save the presets and the history in a JSON file</source>
        <translation>把预设和历史保存到一个 JSON 文件</translation>
    </message>
    <message>
        <source>Add the presets of a JSON file</source>
        <translation>添加一个 JSON 文件中的预设</translation>
    </message>
    <message>
        <source>Write a prompt first: a preset keeps a prompt and its settings.</source>
        <translation>请先写提示词：预设保存的是提示词及其设置。</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>存为预设</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>预设名称：</translation>
    </message>
    <message>
        <source>The preset was not saved: %1</source>
        <translation>预设未保存：%1</translation>
    </message>
    <message>
        <source>Saved the preset “%1”</source>
        <translation>已保存预设“%1”</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n preset(s)</source>
        <translation>
            <numerusform>已导入 %n 个预设</numerusform>
        </translation>
    </message>
    <message>
        <source>sent once</source>
        <translation>发送过 1 次</translation>
    </message>
    <message>
        <source>sent %1 times</source>
        <translation>发送过 %1 次</translation>
    </message>
    <message>
        <source>No prompt sent yet: every prompt you send is kept here with its settings.</source>
        <translation>还没有发送过提示词：每个发送的提示词都会连同设置保存在这里。</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的内容。</translation>
    </message>
    <message>
        <source>No presets yet: write a prompt, set it up, and choose Save as preset…</source>
        <translation>还没有预设：写好提示词并设置好参数，然后选择“存为预设…”</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>Export presets and history</source>
        <translation>导出预设和历史</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Import presets</source>
        <translation>导入预设</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>无法读取历史：%1</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>&amp;API key:</source>
        <translation>API 密钥(&amp;A)：</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Keep for this session only (forgotten when the app quits)</source>
        <translation>仅在本次会话中保留(&amp;K)（退出应用后即忘记）</translation>
    </message>
    <message>
        <source>&amp;Remove stored key</source>
        <translation>删除已保存的密钥(&amp;R)</translation>
    </message>
    <message>
        <source>Evolink API key</source>
        <translation>Evolink API 密钥</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Remove stored key</source>
        <translation>删除已保存的密钥</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>仅在本次会话中保留</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>测试结果</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Find your key in the Evolink dashboard. It is kept in your operating system&apos;s keychain, never in a file.</source>
        <translation>在 Evolink 控制台中找到你的密钥。密钥保存在操作系统的钥匙串中，绝不写入文件。</translation>
    </message>
    <message>
        <source>The API refused the current key: %1. Enter a valid key to continue; waiting tasks resume after that.</source>
        <translation>API 拒绝了当前密钥：%1。请输入有效的密钥以继续；等待中的任务随后会自动恢复。</translation>
    </message>
    <message>
        <source>EVOLINK_API_KEY is set in the environment: it overrides the key saved here for as long as it is set.</source>
        <translation>环境变量 EVOLINK_API_KEY 已设置：只要它存在，就会覆盖此处保存的密钥。</translation>
    </message>
    <message>
        <source>Saved key: %1 (in %2)</source>
        <translation>已保存的密钥：%1（位于 %2）</translation>
    </message>
    <message>
        <source>No key is saved in the keychain.</source>
        <translation>钥匙串中没有保存密钥。</translation>
    </message>
    <message>
        <source>The key cannot be saved in a keychain: %1</source>
        <translation>无法将密钥保存到钥匙串：%1</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>剪贴板中没有文本。</translation>
    </message>
    <message>
        <source>Enter or paste a key first.</source>
        <translation>请先输入或粘贴密钥。</translation>
    </message>
    <message>
        <source>The key contains spaces; paste it again without spaces.</source>
        <translation>密钥中含有空格；请去掉空格后重新粘贴。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>✓ Valid: the API accepted this key.</source>
        <translation>✓ 有效：API 接受了此密钥。</translation>
    </message>
    <message>
        <source>✓ Valid: %1 credits left on the account.</source>
        <translation>✓ 有效：账户剩余 %1 积分。</translation>
    </message>
    <message>
        <source>✗ Invalid: the API refused this key (%1).</source>
        <translation>✗ 无效：API 拒绝了此密钥（%1）。</translation>
    </message>
    <message>
        <source>No network: the API could not be reached, so the key was not tested (%1).</source>
        <translation>无网络：无法连接 API，因此未能测试密钥（%1）。</translation>
    </message>
    <message>
        <source>Not tested: %1</source>
        <translation>未测试：%1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Text to video</source>
        <translation>文生视频</translation>
    </message>
    <message>
        <source>Image to video</source>
        <translation>图生视频</translation>
    </message>
    <message>
        <source>Reference to video</source>
        <translation>参考生视频</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>快速</translation>
    </message>
    <message>
        <source>Mini</source>
        <translation>迷你</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>正在提交</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>生成中</translation>
    </message>
    <message>
        <source>Ready to download</source>
        <translation>待下载</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>下载中</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>Adaptive · from the prompt</source>
        <translation>自适应 · 依据提示词</translation>
    </message>
    <message>
        <source>Adaptive · from the first frame</source>
        <translation>自适应 · 依据首帧</translation>
    </message>
    <message>
        <source>Adaptive · from the media</source>
        <translation>自适应 · 依据素材</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>%1 of %2 uploads left</source>
        <translation>剩余 %1 / %2 次上传</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>price not published</source>
        <translation>价格未公布</translation>
    </message>
    <message>
        <source>≈ %1 credits</source>
        <translation>≈ %1 积分</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>★ Favourite</source>
        <translation>★ 已收藏</translation>
    </message>
    <message>
        <source>Take %1/%2</source>
        <translation>版本 %1/%2</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>全部模型</translation>
    </message>
    <message>
        <source>All modes</source>
        <translation>全部模式</translation>
    </message>
    <message>
        <source>All qualities</source>
        <translation>全部画质</translation>
    </message>
    <message>
        <source>All aspect ratios</source>
        <translation>全部画面比例</translation>
    </message>
    <message>
        <source>Adaptive</source>
        <translation>自适应</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早优先</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>画质</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>画面比例</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>★ Favourites</source>
        <translation>★ 收藏</translation>
    </message>
    <message>
        <source>Show only the clips marked as favourites</source>
        <translation>只显示已收藏的片段</translation>
    </message>
    <message>
        <source>Only this take set ✕</source>
        <translation>仅此组版本 ✕</translation>
    </message>
    <message>
        <source>Only this take set</source>
        <translation>仅此组版本</translation>
    </message>
    <message>
        <source>Only the clips of one take set are listed: click to list them all again</source>
        <translation>只列出了一组版本的片段：点击以重新列出全部片段</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>No clip matches</source>
        <translation>没有匹配的片段</translation>
    </message>
    <message>
        <source>No saved clip has “%1” in its name or prompt with these filters.</source>
        <translation>在当前筛选条件下，没有名称或提示词包含“%1”的已保存片段。</translation>
    </message>
    <message>
        <source>No saved clip fits these filters.</source>
        <translation>没有符合这些筛选条件的已保存片段。</translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation>清除搜索和筛选(&amp;C)</translation>
    </message>
    <message>
        <source>No clips yet</source>
        <translation>还没有片段</translation>
    </message>
    <message>
        <source>Every clip you generate is saved here the moment it is ready. Write a prompt and press Generate (Ctrl+Enter), or drop a clip and its .json on the composer to reuse its settings.</source>
        <translation>生成的每个片段在完成时都会自动保存在这里。写好提示词后点击“生成”（Ctrl+Enter），或将片段及其 .json 拖到编辑器上以复用其设置。</translation>
    </message>
    <message>
        <source>Saved clips</source>
        <translation>已保存的片段</translation>
    </message>
    <message>
        <source>Words from the name or prompt</source>
        <translation>名称或提示词中的文字</translation>
    </message>
    <message>
        <source>1 clip</source>
        <translation>1 个片段</translation>
    </message>
    <message>
        <source>%1 clips</source>
        <translation>%1 个片段</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>创作区</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>%1 — Demo</source>
        <translation>%1 — 演示</translation>
    </message>
</context>
<context>
    <name>MediaArea</name>
    <message>
        <source>%1 was added to %2</source>
        <translation>%1 已添加到“%2”</translation>
    </message>
    <message>
        <source>The image could not be kept to send: %1</source>
        <translation>无法保存图片以便发送：%1</translation>
    </message>
    <message>
        <source>The clipboard holds no image, file or URL to add</source>
        <translation>剪贴板中没有可添加的图片、文件或 URL</translation>
    </message>
    <message>
        <source>Add image</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <source>Add video</source>
        <translation>添加视频</translation>
    </message>
    <message>
        <source>Add audio</source>
        <translation>添加音频</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>“%1” is not an http(s) URL; local files can be dropped or browsed</source>
        <translation>“%1”不是 http(s) URL；本地文件请拖放或浏览添加</translation>
    </message>
</context>
<context>
    <name>MediaSlot</name>
    <message>
        <source>valid %1 h</source>
        <translation>有效期 %1 小时</translation>
    </message>
    <message>
        <source>Preparing upload…</source>
        <translation>正在准备上传…</translation>
    </message>
    <message>
        <source>Uploading %1%</source>
        <translation>正在上传 %1%</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <source>Already uploaded</source>
        <translation>之前已上传</translation>
    </message>
    <message>
        <source>Not uploaded</source>
        <translation>未上传</translation>
    </message>
    <message>
        <source>Upload failed · Generate tries again</source>
        <translation>上传失败 · 生成时会重试</translation>
    </message>
    <message>
        <source>%1 upload progress</source>
        <translation>%1上传进度</translation>
    </message>
    <message>
        <source>%1 upload</source>
        <translation>%1上传</translation>
    </message>
    <message>
        <source>Use a URL instead…</source>
        <translation>改用 URL…</translation>
    </message>
    <message>
        <source>Give a URL for %1</source>
        <translation>为%1提供 URL</translation>
    </message>
    <message>
        <source>The file service did not take this file: paste a link to it</source>
        <translation>文件服务不接受此文件：请粘贴它的链接</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1的问题</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除%1</translation>
    </message>
    <message>
        <source>Remove %1 (Delete)</source>
        <translation>移除%1 (Delete)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>为%1浏览文件</translation>
    </message>
    <message>
        <source>Drop a file or paste a URL</source>
        <translation>拖入文件或粘贴 URL</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <source>URL · checked by the server</source>
        <translation>URL · 由服务器检查</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>%1 的预览</translation>
    </message>
    <message>
        <source>%1: empty</source>
        <translation>%1：空</translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message>
        <source>Image &amp;URL</source>
        <translation>图片 URL(&amp;U)</translation>
    </message>
    <message>
        <source>Video U&amp;RL</source>
        <translation>视频 URL(&amp;R)</translation>
    </message>
    <message>
        <source>Audio UR&amp;L</source>
        <translation>音频 URL(&amp;L)</translation>
    </message>
    <message>
        <source>Add image…</source>
        <translation>添加图片…</translation>
    </message>
    <message>
        <source>Add video…</source>
        <translation>添加视频…</translation>
    </message>
    <message>
        <source>Add audio…</source>
        <translation>添加音频…</translation>
    </message>
    <message>
        <source>Swap frames</source>
        <translation>交换首尾帧</translation>
    </message>
    <message>
        <source>Exchange the first and the last frame</source>
        <translation>交换首帧和尾帧</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>not used by this model</source>
        <translation>此模型不使用</translation>
    </message>
    <message>
        <source>A URL for %1, then Enter</source>
        <translation>输入 %1 的 URL，然后按 Enter</translation>
    </message>
    <message>
        <source>https://… then Enter</source>
        <translation>https://… 然后按 Enter</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Best quality, up to 1080p</source>
        <translation>画质最佳，最高 1080p</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>模式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>档位(&amp;T)</translation>
    </message>
</context>
<context>
    <name>OutputPicker</name>
    <message>
        <source>Quality</source>
        <translation>画质</translation>
    </message>
    <message>
        <source>Generate &amp;audio</source>
        <translation>生成音频(&amp;A)</translation>
    </message>
    <message>
        <source>Content &amp;filter</source>
        <translation>内容过滤(&amp;F)</translation>
    </message>
    <message>
        <source>+10% cost</source>
        <translation>费用 +10%</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>画面比例</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Whole seconds, %1–%2; billed per second</source>
        <translation>整数秒，%1–%2；按秒计费</translation>
    </message>
    <message>
        <source>Duration slider</source>
        <translation>时长滑块</translation>
    </message>
    <message>
        <source>Generate audio</source>
        <translation>生成音频</translation>
    </message>
    <message>
        <source>Synchronised voice, effects and music, at no extra cost</source>
        <translation>同步生成人声、音效和音乐，不额外收费</translation>
    </message>
    <message>
        <source>Content filter</source>
        <translation>内容过滤</translation>
    </message>
    <message>
        <source>Off relaxes content restrictions and costs 10% more; illegal content is always refused</source>
        <translation>关闭后放宽内容限制，费用增加 10%；违法内容始终会被拒绝</translation>
    </message>
    <message>
        <source>Content filter cost</source>
        <translation>内容过滤费用</translation>
    </message>
    <message>
        <source>&amp;Quality</source>
        <translation>画质(&amp;Q)</translation>
    </message>
    <message>
        <source>A&amp;spect</source>
        <translation>比例(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>时长(&amp;D)</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>No clip open</source>
        <translation>没有打开的片段</translation>
    </message>
    <message>
        <source>Double-click a clip in the Gallery (Ctrl+G) or the Queue, or choose Play in its menu, to play it here. A new clip shows here by itself.</source>
        <translation>在画廊（Ctrl+G）或队列中双击片段，或在其菜单中选择“播放”，即可在此播放。新片段会自动显示在这里。</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <source>&amp;Prompt</source>
        <translation>提示词(&amp;P)</translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation>插入：</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Describe the clip: subject, action, setting, camera, light, mood…
描述画面：主体、动作、场景、镜头、光线、氛围……</source>
        <translation>描述画面：主体、动作、场景、镜头、光线、氛围……
Describe the clip: subject, action, setting, camera, light, mood…</translation>
    </message>
    <message>
        <source>Prompt length</source>
        <translation>提示词长度</translation>
    </message>
    <message>
        <source>History &amp;&amp; presets…</source>
        <translation>历史与预设…</translation>
    </message>
    <message>
        <source>Prompts sent before and saved presets (Ctrl+Up / Ctrl+Down step through them here)</source>
        <translation>以前发送的提示词和保存的预设（在这里按 Ctrl+↑ / Ctrl+↓ 逐条切换）</translation>
    </message>
    <message>
        <source>Insert “%1” into the prompt at the cursor</source>
        <translation>在光标处插入“%1”</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 个字符</translation>
    </message>
    <message>
        <source>%1 Chinese</source>
        <translation>%1 个汉字</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 个单词</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 个单词</translation>
    </message>
</context>
<context>
    <name>PromptMemory</name>
    <message>
        <source>The prompt and its settings are in the composer</source>
        <translation>提示词及其设置已填入编辑区</translation>
    </message>
</context>
<context>
    <name>QueueDetails</name>
    <message>
        <source>Task id</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>Local id</source>
        <translation>本地 ID</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>幂等键</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Credits reserved</source>
        <translation>预留积分</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Task id: %1</source>
        <translation>任务 ID：%1</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Offline — the video service cannot be reached. Retrying automatically; nothing is lost.</source>
        <translation>离线 — 无法连接视频服务。正在自动重试，不会丢失任何内容。</translation>
    </message>
    <message>
        <source>Copy task &amp;ID</source>
        <translation>复制任务 ID(&amp;I)</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Stop tracking…</source>
        <translation>停止跟踪(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Retry…</source>
        <translation>重试(&amp;R)…</translation>
    </message>
    <message>
        <source>Fi&amp;nd it</source>
        <translation>查找(&amp;N)</translation>
    </message>
    <message>
        <source>Send again (same &amp;key)…</source>
        <translation>再次发送（相同键）(&amp;K)…</translation>
    </message>
    <message>
        <source>Do&amp;wnload again</source>
        <translation>重新下载(&amp;W)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Copy &amp;details</source>
        <translation>复制详情(&amp;D)</translation>
    </message>
    <message>
        <source>Copy task ID</source>
        <translation>复制任务 ID</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Active tasks</source>
        <translation>进行中的任务</translation>
    </message>
    <message>
        <source>Finished tasks</source>
        <translation>已结束的任务</translation>
    </message>
    <message>
        <source>Selected task</source>
        <translation>所选任务</translation>
    </message>
    <message>
        <source>Queue message</source>
        <translation>队列消息</translation>
    </message>
    <message>
        <source>Look for a submission whose answer was lost among the account&apos;s recent tasks. Nothing is sent again.</source>
        <translation>在账户最近的任务中查找未收到回复的提交。不会重新发送任何内容。</translation>
    </message>
    <message>
        <source>Send the request again with the idempotency key of the first attempt, never a new one.</source>
        <translation>使用第一次尝试的幂等键再次发送请求，绝不使用新键。</translation>
    </message>
    <message>
        <source>&amp;Active (%1)</source>
        <translation>进行中(&amp;A)（%1）</translation>
    </message>
    <message>
        <source>F&amp;inished (%1)</source>
        <translation>已结束(&amp;I)（%1）</translation>
    </message>
    <message>
        <source>Track &amp;again</source>
        <translation>重新跟踪(&amp;A)</translation>
    </message>
    <message>
        <source>Select a task to see its details.</source>
        <translation>选择一个任务以查看详情。</translation>
    </message>
    <message>
        <source>Task id: %1</source>
        <translation>任务 ID：%1</translation>
    </message>
    <message>
        <source>That did not work: %1 (the log has the details).</source>
        <translation>操作未成功：%1（详情见日志）。</translation>
    </message>
    <message>
        <source>Details copied.</source>
        <translation>详情已复制。</translation>
    </message>
    <message>
        <source>Copied task id %1</source>
        <translation>已复制任务 ID %1</translation>
    </message>
    <message>
        <source>Removed from the list (the clip and its record stay on disk).</source>
        <translation>已从列表中移除（片段及其记录仍保留在磁盘上）。</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <source>Evolink documents no way to cancel a task. If you stop tracking it, the server goes on generating the clip and charges for it; the studio just stops checking and will not download it. You can track it again later while its link is valid (24 hours).</source>
        <translation>Evolink 没有提供取消任务的方法。停止跟踪后，服务器仍会继续生成该片段并扣除积分；本应用只是不再查询，也不会下载它。在链接有效期内（24 小时）你可以重新跟踪。</translation>
    </message>
    <message>
        <source>This is a demo task: it costs nothing. If you stop tracking it, the studio stops checking it and will not download its clip. You can track it again later.</source>
        <translation>这是演示任务，不花任何费用。停止跟踪后，本应用不再查询它，也不会下载它的片段。之后你可以重新跟踪。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>no credits spent</source>
        <translation>未消耗积分</translation>
    </message>
    <message>
        <source>Not tracked</source>
        <translation>未跟踪</translation>
    </message>
    <message>
        <source>The studio no longer checks this demo task.</source>
        <translation>本应用不再查询这个演示任务。</translation>
    </message>
    <message>
        <source>The server may still finish and charge for it; the studio no longer checks.</source>
        <translation>服务器仍可能完成并扣除积分；本应用不再查询。</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Part of a take set; nothing sent or charged for it yet.</source>
        <translation>属于一组多版本生成；尚未发送，也未扣费。</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>正在发送请求…</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>约剩 %1</translation>
    </message>
    <message>
        <source>waiting for an estimate</source>
        <translation>正在等待预估时间</translation>
    </message>
    <message>
        <source>Downloading %1 of %2</source>
        <translation>正在下载 %1 / %2</translation>
    </message>
    <message>
        <source>link expires in %1</source>
        <translation>链接将在 %1后过期</translation>
    </message>
    <message>
        <source>the link has expired</source>
        <translation>链接已过期</translation>
    </message>
    <message>
        <source>%1 was moved to the trash</source>
        <translation>%1 已移到回收站</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
    <message>
        <source>the server gave no reason</source>
        <translation>服务器未给出原因</translation>
    </message>
    <message>
        <source>%1. No credits were spent.</source>
        <translation>%1。未消耗积分。</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>%1. Nothing was created or charged.</source>
        <translation>%1。未创建任务，也未扣费。</translation>
    </message>
    <message>
        <source>The result link expired (24 h) before the clip was saved.</source>
        <translation>结果链接在片段保存前已过期（24 小时）。</translation>
    </message>
    <message>
        <source>Sent %1 ago, but the answer was lost. “Find it” looks for it; it is sent again only if you choose to, with the same key.</source>
        <translation>%1前已发送，但回复丢失。“查找”可以找回它；只有在您选择时才会使用相同的键再次发送。</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>Followed by another Seedance Studio window or command.</source>
        <translation>正由另一个 Seedance Studio 窗口或命令跟踪。</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>（%1后）</translation>
    </message>
</context>
<context>
    <name>QueueSet</name>
    <message>
        <source>%1 takes: %2</source>
        <translation>%1 个版本：%2</translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>进行中 %1</translation>
    </message>
    <message>
        <source>%1 failed or refused</source>
        <translation>失败或被拒 %1</translation>
    </message>
    <message>
        <source>%1 answer lost</source>
        <translation>回应丢失 %1</translation>
    </message>
    <message>
        <source>%1 not sent</source>
        <translation>未发送 %1</translation>
    </message>
    <message>
        <source>Sending the takes, two at a time…</source>
        <translation>正在发送各版本，每次两个…</translation>
    </message>
    <message>
        <source>Some takes were never sent (nothing charged for them): “Send the rest” sends each once.</source>
        <translation>部分版本从未发送（未扣费）：“发送其余”会将每个只发送一次。</translation>
    </message>
    <message>
        <source>Select “Show takes” to see each one.</source>
        <translation>选择“显示各版本”可逐个查看。</translation>
    </message>
    <message>
        <source>≈ %1 credits in all</source>
        <translation>共约 %1 积分</translation>
    </message>
    <message>
        <source>Take %1 of %2</source>
        <translation>第 %1 个版本（共 %2 个）</translation>
    </message>
</context>
<context>
    <name>RecoveryActions</name>
    <message>
        <source>Looking among the account&apos;s recent tasks…</source>
        <translation>正在账户最近的任务中查找…</translation>
    </message>
    <message>
        <source>Could not look: %1</source>
        <translation>无法查找：%1</translation>
    </message>
    <message>
        <source>Found it: %1; following it now.</source>
        <translation>已找到：%1；现在开始跟踪。</translation>
    </message>
    <message>
        <source>Following %1 now.</source>
        <translation>现在开始跟踪 %1。</translation>
    </message>
    <message>
        <source>Send again with the same key?</source>
        <translation>使用相同的键再次发送？</translation>
    </message>
    <message>
        <source>The same request goes out again with the idempotency key of the first attempt, never a new one. If the first attempt reached the gateway, it answers with that original task instead of making a second one, so you are not charged twice.

Whether the gateway honours the key is not documented: if it does not, this can make a second, separately charged task. Try “Find it” first.</source>
        <translation>同一请求将使用第一次尝试的幂等键再次发送，绝不使用新键。如果第一次尝试已到达网关，网关会返回原来的任务，而不会创建第二个任务，因此不会重复扣费。

网关是否遵守幂等键没有文档说明：如果不遵守，这可能会创建第二个单独扣费的任务。请先试试“查找”。</translation>
    </message>
    <message>
        <source>Send again (same key)</source>
        <translation>再次发送（相同键）</translation>
    </message>
    <message>
        <source>Sending again with the same key…</source>
        <translation>正在使用相同的键再次发送…</translation>
    </message>
    <message>
        <source>No answer again (%1): the outcome is still unknown.</source>
        <translation>再次没有回复（%1）：结果仍然未知。</translation>
    </message>
    <message>
        <source>Refused (%1): the first submission&apos;s outcome is still unknown.</source>
        <translation>被拒绝（%1）：第一次提交的结果仍然未知。</translation>
    </message>
    <message>
        <source>Asking for a fresh link and downloading again…</source>
        <translation>正在获取新的下载链接并重新下载…</translation>
    </message>
</context>
<context>
    <name>RemakeDialog</name>
    <message>
        <source>&amp;Duration (seconds)</source>
        <translation>时长（秒）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Make again</source>
        <translation>重新生成(&amp;M)</translation>
    </message>
    <message>
        <source>Make again at…</source>
        <translation>换档重新生成…</translation>
    </message>
    <message>
        <source>The same prompt and media, made again. This clip: %1, %2, %3 s.</source>
        <translation>用相同的提示词和素材重新生成。此片段：%1，%2，%3 秒。</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Duration (seconds)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>图片 %1</translation>
    </message>
    <message>
        <source>video %1</source>
        <translation>视频 %1</translation>
    </message>
    <message>
        <source>audio %1</source>
        <translation>音频 %1</translation>
    </message>
    <message>
        <source>The media of this clip are gone (%1): the file was moved or deleted and its upload link has expired. Reuse the settings and add the media again.</source>
        <translation>此片段的素材已不可用（%1）：文件已被移动或删除，且上传链接已过期。请复用设置并重新添加素材。</translation>
    </message>
    <message>
        <source>to explore</source>
        <translation>用于探索</translation>
    </message>
    <message>
        <source>for the keeper</source>
        <translation>用于定稿</translation>
    </message>
    <message>
        <source>(as this clip: a new take)</source>
        <translation>（与此片段相同：再生成一个版本）</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>未知模型</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>cost not known yet</source>
        <translation>费用暂未知</translation>
    </message>
    <message>
        <source>≈ %1 credits</source>
        <translation>≈ %1 积分</translation>
    </message>
    <message>
        <source>Nothing can be sent with these choices.</source>
        <translation>按这些选择无法发送。</translation>
    </message>
    <message>
        <source>Cost: not known yet</source>
        <translation>费用：暂未知</translation>
    </message>
    <message>
        <source>Cost: ≈ %1 credits, charged when the clip is made</source>
        <translation>费用：≈ %1 积分，在片段生成时扣除</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>New &amp;name:</source>
        <translation>新名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Rename clip</source>
        <translation>重命名片段</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>名称问题</translation>
    </message>
</context>
<context>
    <name>RetryActions</name>
    <message>
        <source>Tracking the task again.</source>
        <translation>已重新跟踪该任务。</translation>
    </message>
    <message>
        <source>Stop tracking this task?</source>
        <translation>停止跟踪此任务？</translation>
    </message>
    <message>
        <source>Stop tracking</source>
        <translation>停止跟踪</translation>
    </message>
    <message>
        <source>Stopped tracking this demo task.</source>
        <translation>已停止跟踪这个演示任务。</translation>
    </message>
    <message>
        <source>Stopped tracking. The server goes on and charges for the clip.</source>
        <translation>已停止跟踪。服务器会继续生成该片段并扣除积分。</translation>
    </message>
    <message>
        <source>≈ %1 credits</source>
        <translation>≈ %1 积分</translation>
    </message>
    <message>
        <source>Submit “%1” again as a new task?</source>
        <translation>将“%1”作为新任务重新提交？</translation>
    </message>
    <message>
        <source>Cost: %1. This is a new, separately charged generation.</source>
        <translation>费用：%1。这是一次新的生成，单独计费。</translation>
    </message>
    <message>
        <source>The first submission may exist on the server: try “Find it” first, or you may pay twice.</source>
        <translation>第一次提交可能已在服务器上生成：请先试试“查找”，否则可能重复付费。</translation>
    </message>
    <message>
        <source>Retry as a new task?</source>
        <translation>作为新任务重试？</translation>
    </message>
    <message>
        <source>Submit (%1)</source>
        <translation>提交（%1）</translation>
    </message>
    <message>
        <source>Sent, but the answer was lost: %1</source>
        <translation>已发送，但回应丢失：%1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Submitted again as %1.</source>
        <translation>已重新提交为 %1。</translation>
    </message>
</context>
<context>
    <name>ScreenReader</name>
    <message>
        <source>Clear %1</source>
        <translation>清除%1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Resize the window</source>
        <translation>调整窗口大小</translation>
    </message>
</context>
<context>
    <name>SequencePanel</name>
    <message>
        <source>Sequence</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>开始方式(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add from composer</source>
        <translation>从编辑器添加(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Cost of the missing shots</source>
        <translation>待生成镜头的费用</translation>
    </message>
    <message>
        <source>&amp;Generate missing shots</source>
        <translation>生成缺少的镜头(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>Fresh, from its own prompt</source>
        <translation>全新开始，按自己的提示词</translation>
    </message>
    <message>
        <source>From the last frame of the shot before</source>
        <translation>从上一个镜头的最后一帧开始</translation>
    </message>
    <message>
        <source>From a frame I choose</source>
        <translation>从我选择的一帧开始</translation>
    </message>
    <message>
        <source>Continuing the shot before</source>
        <translation>接续上一个镜头</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 s · in %2 · out %3</source>
        <translation>%1 秒 · 入点 %2 · 出点 %3</translation>
    </message>
    <message>
        <source>%1. Draft: %2</source>
        <translation>%1. 草稿：%2</translation>
    </message>
    <message>
        <source>%1 s to generate</source>
        <translation>待生成 %1 秒</translation>
    </message>
    <message>
        <source>Waits for the shot before</source>
        <translation>等待上一个镜头</translation>
    </message>
    <message>
        <source>⚠ The shot before was replaced: its start frame changed</source>
        <translation>⚠ 上一个镜头已被替换：起始帧已改变</translation>
    </message>
    <message>
        <source>Starts from the last frame before</source>
        <translation>从上一镜头的最后一帧开始</translation>
    </message>
    <message>
        <source>Starts from the frame at %1 s before</source>
        <translation>从上一镜头 %1 秒处的帧开始</translation>
    </message>
    <message>
        <source>Continues the shot before</source>
        <translation>接续上一个镜头</translation>
    </message>
    <message>
        <source>Waiting for the shot before…</source>
        <translation>正在等待上一个镜头…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>No shots yet. Add the composer&apos;s shot, or drag clips here from the gallery or the file manager.</source>
        <translation>还没有镜头。可添加编辑器中的镜头，或从图库、文件管理器把片段拖到这里。</translation>
    </message>
    <message>
        <source>%1 shots · %2 s · %3 to generate</source>
        <translation>%1 个镜头 · %2 秒 · %3 个待生成</translation>
    </message>
    <message>
        <source>Every shot has its clip.</source>
        <translation>每个镜头都已有片段。</translation>
    </message>
    <message>
        <source>Shots to generate: %1 · about %2 credits.</source>
        <translation>待生成镜头：%1 个 · 约 %2 积分。</translation>
    </message>
    <message>
        <source>(%1 without a published price)</source>
        <translation>（其中 %1 个没有公开价格）</translation>
    </message>
    <message>
        <source>The first shot starts from its own prompt.</source>
        <translation>第一个镜头按自己的提示词开始。</translation>
    </message>
    <message>
        <source>Generated: double-click it to play it, then set its in and out points with I and O in the viewer.</source>
        <translation>已生成：双击播放，然后在查看器中用 I 和 O 设置入点和出点。</translation>
    </message>
    <message>
        <source>Open the shot before in the viewer, stop on a frame and choose “Use this frame”.</source>
        <translation>在查看器中打开上一个镜头，停在某一帧上，然后选择“使用此帧”。</translation>
    </message>
</context>
<context>
    <name>SequenceViews</name>
    <message>
        <source>Sequence</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Recent se&amp;quences</source>
        <translation>最近的序列(&amp;Q)</translation>
    </message>
    <message>
        <source>Add to se&amp;quence</source>
        <translation>加入序列(&amp;Q)</translation>
    </message>
    <message>
        <source>Use as the selected shot&apos;s take</source>
        <translation>用作所选镜头的新版本</translation>
    </message>
    <message>
        <source>The composer&apos;s settings are not valid yet.</source>
        <translation>编辑器的设置还不完整。</translation>
    </message>
    <message>
        <source>Added to the sequence as shot %1.</source>
        <translation>已作为镜头 %1 加入序列。</translation>
    </message>
    <message>
        <source>Not sent: over your daily budget.</source>
        <translation>未发送：已超出每日预算。</translation>
    </message>
    <message>
        <source>Every shot of the sequence is generated.</source>
        <translation>序列中的所有镜头都已生成。</translation>
    </message>
    <message>
        <source>Film saved: %1</source>
        <translation>成片已保存：%1</translation>
    </message>
    <message>
        <source>Shot %1 is a draft: generate it first.</source>
        <translation>镜头 %1 还是草稿：请先生成。</translation>
    </message>
    <message>
        <source>Shot %1: I and O set its in and out points</source>
        <translation>镜头 %1：按 I 和 O 设置入点和出点</translation>
    </message>
    <message>
        <source>Shot %1: %2 s to %3 s</source>
        <translation>镜头 %1：%2 秒到 %3 秒</translation>
    </message>
    <message>
        <source>Shot %1 starts from the frame at %2 s.</source>
        <translation>镜头 %1 从 %2 秒处的帧开始。</translation>
    </message>
    <message>
        <source>Open a sequence</source>
        <translation>打开序列</translation>
    </message>
    <message>
        <source>Sequences (*%1)</source>
        <translation>序列 (*%1)</translation>
    </message>
    <message>
        <source>No sequences yet</source>
        <translation>还没有序列</translation>
    </message>
</context>
<context>
    <name>SetActions</name>
    <message>
        <source>Show &amp;takes</source>
        <translation>显示各版本(&amp;T)</translation>
    </message>
    <message>
        <source>Send the r&amp;est</source>
        <translation>发送其余(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t send the rest…</source>
        <translation>不发送其余(&amp;D)…</translation>
    </message>
    <message>
        <source>Send the takes of this set that were never sent, each once (a take already sent is never sent again).</source>
        <translation>发送本组中从未发送的版本，每个只发送一次（已发送的版本绝不会再次发送）。</translation>
    </message>
    <message>
        <source>Fold &amp;takes</source>
        <translation>收起各版本(&amp;T)</translation>
    </message>
    <message>
        <source>Sending the takes not sent yet (%1)…</source>
        <translation>正在发送尚未发送的版本（%1 个）…</translation>
    </message>
    <message>
        <source>Stopped: %1. Takes still not sent: %2.</source>
        <translation>已停止：%1。仍未发送的版本：%2 个。</translation>
    </message>
    <message>
        <source>Takes sent: %1.</source>
        <translation>已发送版本：%1 个。</translation>
    </message>
    <message>
        <source>Don&apos;t send the rest?</source>
        <translation>不发送其余版本？</translation>
    </message>
    <message>
        <source>The takes never sent are marked cancelled; nothing is sent or charged for them.</source>
        <translation>从未发送的版本将标记为已取消；不会发送，也不会扣费。</translation>
    </message>
    <message>
        <source>Don&apos;t send</source>
        <translation>不发送</translation>
    </message>
    <message>
        <source>Takes that will not be sent: %1.</source>
        <translation>不会发送的版本：%1 个。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Address of the Evolink API. Change it only for a proxy or the simulator.</source>
        <translation>Evolink API 的地址。仅在使用代理或模拟器时修改。</translation>
    </message>
    <message>
        <source>Folder where finished clips are saved (empty: your Videos folder).</source>
        <translation>保存完成片段的文件夹（留空：你的“视频”文件夹）。</translation>
    </message>
    <message>
        <source>How saved clips are named; placeholders in braces.</source>
        <translation>保存片段的命名方式；占位符写在花括号中。</translation>
    </message>
    <message>
        <source>How many unfinished tasks are checked on the server at the same time.</source>
        <translation>同时向服务器查询多少个未完成的任务。</translation>
    </message>
    <message>
        <source>Tell me when a clip is ready or a task fails.</source>
        <translation>片段完成或任务失败时通知我。</translation>
    </message>
    <message>
        <source>Light or dark look; “system” follows the desktop.</source>
        <translation>浅色或深色外观；“跟随系统”与桌面保持一致。</translation>
    </message>
    <message>
        <source>Language of the interface; the window reopens in it at once.</source>
        <translation>界面语言；窗口会立即以该语言重新打开。</translation>
    </message>
    <message>
        <source>Model the composer starts with.</source>
        <translation>编辑器默认使用的模型。</translation>
    </message>
    <message>
        <source>Clip length, in seconds, the composer starts with.</source>
        <translation>编辑器默认的片段时长（秒）。</translation>
    </message>
    <message>
        <source>Resolution the composer starts with.</source>
        <translation>编辑器默认的分辨率。</translation>
    </message>
    <message>
        <source>Aspect ratio the composer starts with.</source>
        <translation>编辑器默认的画面比例。</translation>
    </message>
    <message>
        <source>Generate a sound track by default (free of charge).</source>
        <translation>默认生成音轨（免费）。</translation>
    </message>
    <message>
        <source>Credits a day: a submission that would take today&apos;s spending past it asks first (0: no budget). Demo clips count too.</source>
        <translation>每日积分上限：会使今日消费超出它的提交会先询问（0：无预算）。演示片段也计入。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Change &amp;key…</source>
        <translation>更换密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Adaptive</source>
        <translation>自适应</translation>
    </message>
    <message>
        <source>&amp;Notify me when a clip is ready or a task fails</source>
        <translation>片段完成或任务失败时通知我(&amp;N)</translation>
    </message>
    <message>
        <source>Generate &amp;audio</source>
        <translation>生成音频(&amp;A)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> credits</source>
        <translation> 积分</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>无预算</translation>
    </message>
    <message>
        <source>Text to video</source>
        <translation>文生视频</translation>
    </message>
    <message>
        <source>Image to video</source>
        <translation>图生视频</translation>
    </message>
    <message>
        <source>Reference to video</source>
        <translation>参考生视频</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>快速</translation>
    </message>
    <message>
        <source>Mini</source>
        <translation>迷你</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Clips folder:</source>
        <translation>片段文件夹(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;File names:</source>
        <translation>文件名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>画质(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Aspect ratio:</source>
        <translation>画面比例(&amp;A)：</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API 地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Parallel status checks:</source>
        <translation>并行状态查询数(&amp;P)：</translation>
    </message>
    <message>
        <source>Daily &amp;budget:</source>
        <translation>每日预算(&amp;B)：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Change key…</source>
        <translation>更换密钥…</translation>
    </message>
    <message>
        <source>File name example</source>
        <translation>文件名示例</translation>
    </message>
    <message>
        <source>A new language or theme reopens the window at once; your prompt and media stay.</source>
        <translation>更换语言或主题会立即重新打开窗口；提示词和素材都会保留。</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>New clips</source>
        <translation>新片段</translation>
    </message>
    <message>
        <source>Account &amp;&amp; advanced</source>
        <translation>账户与高级</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No key set (the demo runs on the simulator).</source>
        <translation>未设置密钥（演示模式在模拟器上运行）。</translation>
    </message>
    <message>
        <source>%1 from EVOLINK_API_KEY, which overrides the keychain</source>
        <translation>%1 来自 EVOLINK_API_KEY，它覆盖钥匙串中的密钥</translation>
    </message>
    <message>
        <source>%1 for this session only</source>
        <translation>%1 仅用于本次会话</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 位于 %2</translation>
    </message>
    <message>
        <source>Clips folder</source>
        <translation>片段文件夹</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>示例：%1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>查看器</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>One frame back / forward</source>
        <translation>后退 / 前进一帧</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>左 / 右</translation>
    </message>
    <message>
        <source>One second back, pause, play (again: faster)</source>
        <translation>后退一秒、暂停、播放（再按：加速）</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Full screen / leave it</source>
        <translation>全屏 / 退出全屏</translation>
    </message>
    <message>
        <source>F / Esc</source>
        <translation>F / Esc</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>画廊</translation>
    </message>
    <message>
        <source>Move between clips</source>
        <translation>在片段间移动</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>方向键</translation>
    </message>
    <message>
        <source>Play the clip in the viewer</source>
        <translation>在查看器中播放片段</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <source>Pause or play the viewer</source>
        <translation>暂停或播放查看器</translation>
    </message>
    <message>
        <source>Larger or smaller tiles</source>
        <translation>放大或缩小缩略图</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+滚轮</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Move the shot up / down</source>
        <translation>镜头上移 / 下移</translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down</source>
        <translation>Alt+上 / Alt+下</translation>
    </message>
    <message>
        <source>Move the shot earlier / later</source>
        <translation>镜头前移 / 后移</translation>
    </message>
    <message>
        <source>Ctrl+Left / Ctrl+Right</source>
        <translation>Ctrl+左 / Ctrl+右</translation>
    </message>
    <message>
        <source>Duplicate / remove the shot</source>
        <translation>复制 / 移除镜头</translation>
    </message>
    <message>
        <source>Ctrl+D / Delete</source>
        <translation>Ctrl+D / Delete</translation>
    </message>
    <message>
        <source>Set the shot&apos;s in / out point in the viewer</source>
        <translation>在查看器中设置镜头的入点 / 出点</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>创作区</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Paste an image or a file</source>
        <translation>粘贴图片或文件</translation>
    </message>
</context>
<context>
    <name>SpendingChart</name>
    <message>
        <source>Spent</source>
        <translation>已消费</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Spending chart</source>
        <translation>消费图表</translation>
    </message>
    <message>
        <source>Credits per day</source>
        <translation>每日积分</translation>
    </message>
    <message>
        <source>Credits per week</source>
        <translation>每周积分</translation>
    </message>
    <message>
        <source>Credits per month</source>
        <translation>每月积分</translation>
    </message>
    <message>
        <source>%1, %2 to %3: %4 spent, %5 refunded.</source>
        <translation>%1，%2 至 %3：消费 %4，退款 %5。</translation>
    </message>
    <message>
        <source>Most: %1 on %2.</source>
        <translation>最多：%2 消费 %1。</translation>
    </message>
    <message>
        <source>Most: %1 in the week of %2.</source>
        <translation>最多：%2 当周消费 %1。</translation>
    </message>
    <message>
        <source>Most: %1 in %2.</source>
        <translation>最多：%2 消费 %1。</translation>
    </message>
</context>
<context>
    <name>SpendingDialog</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>全部模型</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>周期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No credits spent yet</source>
        <translation>尚未消费积分</translation>
    </message>
    <message>
        <source>Write a prompt and press Generate: what each clip costs shows here per day, week and month, and a failed task&apos;s credits that came back are shown apart. Demo clips count too.</source>
        <translation>写下提示词并点击“生成”：每个片段的花费会按日、周、月显示在这里，失败任务退回的积分单独列出。演示片段也计入。</translation>
    </message>
    <message>
        <source>Reading your tasks…</source>
        <translation>正在读取您的任务…</translation>
    </message>
    <message>
        <source>Your tasks could not be read: see the log.</source>
        <translation>无法读取您的任务：请查看日志。</translation>
    </message>
    <message>
        <source>Spent in the last %1 days: %2 credits</source>
        <translation>最近 %1 天消费：%2 积分</translation>
    </message>
    <message>
        <source>Spent in the last %1 weeks: %2 credits</source>
        <translation>最近 %1 周消费：%2 积分</translation>
    </message>
    <message>
        <source>Spent in the last %1 months: %2 credits</source>
        <translation>最近 %1 个月消费：%2 积分</translation>
    </message>
    <message>
        <source>Refunded (failed tasks, credits returned): %1 credits</source>
        <translation>已退款（失败任务退回的积分）：%1 积分</translation>
    </message>
    <message>
        <source>Held by tasks still running: %1 credits</source>
        <translation>运行中任务预留：%1 积分</translation>
    </message>
    <message>
        <source>%1: %2 spent, %3 refunded</source>
        <translation>%1：消费 %2，退款 %3</translation>
    </message>
    <message>
        <source>Per model:</source>
        <translation>按模型：</translation>
    </message>
    <message>
        <source>Nothing spent on this model in these periods.</source>
        <translation>此模型在这些周期内没有消费。</translation>
    </message>
    <message>
        <source>Today: %1 of your daily budget of %2 credits</source>
        <translation>今日：已用 %1 / 每日预算 %2 积分</translation>
    </message>
    <message>
        <source>Today: %1 credits (no daily budget: set one in Preferences)</source>
        <translation>今日：%1 积分（未设每日预算：可在首选项中设置）</translation>
    </message>
    <message>
        <source>Export spending as CSV</source>
        <translation>将消费导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Viewer</source>
        <translation>查看器</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>画廊</translation>
    </message>
    <message>
        <source>The selected or newest clip, large (Ctrl+G switches)</source>
        <translation>以大画面显示选中或最新的片段（Ctrl+G 切换）</translation>
    </message>
    <message>
        <source>Every saved clip as large tiles; Ctrl+wheel or the slider sizes them (Ctrl+G switches)</source>
        <translation>以大缩略图显示所有已保存的片段；用 Ctrl+滚轮或滑块调整大小（Ctrl+G 切换）</translation>
    </message>
</context>
<context>
    <name>StoreProblemDialog</name>
    <message>
        <source>Task library</source>
        <translation>任务库</translation>
    </message>
    <message>
        <source>The task library cannot be opened.</source>
        <translation>无法打开任务库。</translation>
    </message>
    <message>
        <source>The task library was started again.</source>
        <translation>任务库已重新建立。</translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <source>Something went wrong: %1 (the log has the details).</source>
        <translation>出现问题：%1（详情见日志）。</translation>
    </message>
    <message>
        <source>Offline — retrying automatically</source>
        <translation>离线 — 正在自动重试</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>已恢复在线</translation>
    </message>
    <message>
        <source>Enter your Evolink API key to leave the demo.</source>
        <translation>输入你的 Evolink API 密钥即可退出演示。</translation>
    </message>
</context>
<context>
    <name>SubmitFlow</name>
    <message>
        <source>The submission failed: %1. Nothing was sent if the queue does not list it; the log has the details.</source>
        <translation>提交失败：%1。若队列中没有这一项，则未发送任何内容；详情见日志。</translation>
    </message>
    <message>
        <source>Not sent: over your daily budget.</source>
        <translation>未发送：超出每日预算。</translation>
    </message>
    <message>
        <source>Submitted: %1</source>
        <translation>已提交：%1</translation>
    </message>
    <message>
        <source>Sent, but the answer was lost: the task is in the queue as “outcome unknown”. </source>
        <translation>已发送，但回复丢失：该任务以“结果未知”状态留在队列中。</translation>
    </message>
</context>
<context>
    <name>TakeFlow</name>
    <message>
        <source>The take grid compares 2 to 9 clips.</source>
        <translation>版本网格可比较 2 到 9 个片段。</translation>
    </message>
    <message>
        <source>%1 is not one of a take set: select 2 to 9 clips in the gallery and choose Compare takes.</source>
        <translation>%1 不属于任何一组版本：请在图库中选择 2 到 9 个片段，然后选择“比较多个版本”。</translation>
    </message>
    <message>
        <source>Only one take of this set is saved: nothing to compare it with yet.</source>
        <translation>这一组只保存了一个版本：暂时没有可比较的。</translation>
    </message>
    <message>
        <source>%1 is not a clip of this library: its request is unknown.</source>
        <translation>%1 不是本图库中的片段：不知道它的生成请求。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Making it again: %1</source>
        <translation>正在重新生成：%1</translation>
    </message>
    <message>
        <source>Sent, but the answer was lost: the task is in the queue as “outcome unknown”. </source>
        <translation>已发送，但响应丢失：该任务在队列中显示为“结果未知”。</translation>
    </message>
    <message>
        <source>That did not work: %1 (the log has the details).</source>
        <translation>操作失败：%1（详情见日志）。</translation>
    </message>
    <message>
        <source>★ %1 is starred in the library</source>
        <translation>★ 已在图库中为 %1 加星</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n take(s) to the trash</source>
        <translation>
            <numerusform>已将 %n 个版本移到回收站</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakeGrid</name>
    <message>
        <source>Take %1: %2</source>
        <translation>版本 %1：%2</translation>
    </message>
    <message>
        <source>Take %1 is current: P picks it, X rejects the others, Enter opens it</source>
        <translation>当前为版本 %1：按 P 选中，按 X 淘汰其他版本，按 Enter 打开</translation>
    </message>
</context>
<context>
    <name>TakeGridWindow</name>
    <message>
        <source>Compare takes</source>
        <translation>比较版本</translation>
    </message>
    <message numerus="yes">
        <source>Compare %n takes</source>
        <translation>
            <numerusform>比较 %n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject the other takes</source>
        <translation>淘汰其他版本</translation>
    </message>
    <message numerus="yes">
        <source>Reject the %n other take(s)?</source>
        <translation>
            <numerusform>淘汰其他 %n 个版本？</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>移到回收站(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Hide from the grid</source>
        <translation>从网格中隐藏(&amp;H)</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Hide from the grid</source>
        <translation>从网格中隐藏</translation>
    </message>
    <message>
        <source>Clips moved to the trash can be restored from the system trash.</source>
        <translation>移到回收站的片段可以从系统回收站中恢复。</translation>
    </message>
</context>
<context>
    <name>TakeSetFlow</name>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>none of the takes can be sent</source>
        <translation>没有可发送的版本</translation>
    </message>
    <message>
        <source>Send the take set (%1)?</source>
        <translation>发送这组版本（%1 个）？</translation>
    </message>
    <message>
        <source>&amp;Send anyway</source>
        <translation>仍然发送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>未发送。</translation>
    </message>
    <message>
        <source>Takes sent: %1; the set stopped, the rest is in the queue as “not sent”.</source>
        <translation>已发送版本：%1 个；本组已停止，其余在队列中显示为“未发送”。</translation>
    </message>
    <message>
        <source>Takes sent: %1.</source>
        <translation>已发送版本：%1 个。</translation>
    </message>
    <message>
        <source>as set</source>
        <translation>按当前设置</translation>
    </message>
    <message>
        <source>%1. %2 — not sent: %3</source>
        <translation>%1. %2 — 不发送：%3</translation>
    </message>
    <message>
        <source>Total: ≈ %1 credits.</source>
        <translation>合计：约 %1 积分。</translation>
    </message>
    <message>
        <source>Total: not every take has a published price.</source>
        <translation>合计：并非每个版本都有公布的价格。</translation>
    </message>
    <message>
        <source>Over your daily budget: %1.</source>
        <translation>超出每日预算：%1。</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t send</source>
        <translation>不发送(&amp;D)</translation>
    </message>
    <message>
        <source>Don&apos;t send</source>
        <translation>不发送</translation>
    </message>
</context>
<context>
    <name>TakeTile</name>
    <message>
        <source>Take %1 video</source>
        <translation>版本 %1 视频</translation>
    </message>
    <message>
        <source>Same settings</source>
        <translation>设置相同</translation>
    </message>
</context>
<context>
    <name>TakesBox</name>
    <message>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>画质</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>宽高比</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>&amp;Takes</source>
        <translation>版本数(&amp;T)</translation>
    </message>
    <message>
        <source>Var&amp;y</source>
        <translation>变化(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;and</source>
        <translation>以及(&amp;A)</translation>
    </message>
    <message>
        <source>Each &amp;line of the prompt is a take</source>
        <translation>提示词每一行作为一个版本(&amp;L)</translation>
    </message>
    <message>
        <source>Tip: write {rain|snow|fog} in the prompt to try each.</source>
        <translation>提示：在提示词中写 {rain|snow|fog} 可逐一尝试。</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>版本数</translation>
    </message>
    <message>
        <source>Versions of the same request (Seedance has no seed: each is a new roll)</source>
        <translation>同一请求的多个版本（Seedance 没有种子参数：每个都是重新生成）</translation>
    </message>
    <message>
        <source>Vary &amp;settings</source>
        <translation>变化设置(&amp;S)</translation>
    </message>
    <message>
        <source>Vary settings</source>
        <translation>变化设置</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation>取值，用逗号分隔</translation>
    </message>
    <message>
        <source>Why the takes cannot be sent</source>
        <translation>无法发送这些版本的原因</translation>
    </message>
    <message>
        <source>Why some takes are not sent</source>
        <translation>部分版本不发送的原因</translation>
    </message>
    <message>
        <source>Total cost of the takes</source>
        <translation>各版本的总费用</translation>
    </message>
    <message>
        <source>Struck out, never sent: %1</source>
        <translation>已划掉，不会发送：%1</translation>
    </message>
    <message>
        <source>Requests to send: %1</source>
        <translation>待发送请求：%1 个</translation>
    </message>
    <message>
        <source>Nothing can be sent yet</source>
        <translation>暂无可发送的请求</translation>
    </message>
    <message>
        <source>≈ %1 credits in all</source>
        <translation>共约 %1 积分</translation>
    </message>
    <message>
        <source>as set above</source>
        <translation>按上方设置</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>不发送：%1</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>约 %1</translation>
    </message>
</context>
<context>
    <name>TaskNotifier</name>
    <message>
        <source> — %1 active</source>
        <translation> — %1 个进行中</translation>
    </message>
    <message>
        <source>Clip ready</source>
        <translation>片段已完成</translation>
    </message>
    <message>
        <source>“%1” is saved.</source>
        <translation>“%1”已保存。</translation>
    </message>
    <message>
        <source>Clip expired</source>
        <translation>片段已过期</translation>
    </message>
    <message>
        <source>“%1”: the link expired before it was saved.</source>
        <translation>“%1”：链接在保存前已过期。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>Generation failed</source>
        <translation>生成失败</translation>
    </message>
    <message>
        <source>“%1”: %2. No credits were spent.</source>
        <translation>“%1”：%2。未消耗积分。</translation>
    </message>
</context>
<context>
    <name>TileZoom</name>
    <message>
        <source>Tile size</source>
        <translation>缩略图大小</translation>
    </message>
    <message>
        <source>Tile size (Ctrl+wheel over the tiles)</source>
        <translation>缩略图大小（在缩略图上 Ctrl+滚轮）</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>上一帧</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Play or pause (Space, K; L plays faster)</source>
        <translation>播放或暂停（空格、K；L 加速播放）</translation>
    </message>
    <message>
        <source>One frame back (Left; J jumps one second back)</source>
        <translation>后退一帧（左方向键；J 后退一秒）</translation>
    </message>
    <message>
        <source>One frame forward (Right)</source>
        <translation>前进一帧（右方向键）</translation>
    </message>
    <message>
        <source>Play the clip over and over</source>
        <translation>循环播放片段</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>静音（M）</translation>
    </message>
    <message>
        <source>Full screen (F; Esc leaves)</source>
        <translation>全屏（F；Esc 退出）</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>播放位置</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>已播放</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>总长</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation>第 %1 帧，共 %2 帧</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>TrashConfirmation</name>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Move “%1” and its settings file to the trash?</source>
        <translation>将“%1”及其设置文件移到回收站？</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move these %n clips and their settings files to the trash?</source>
        <translation>
            <numerusform>将这 %n 个片段及其设置文件移到回收站？</numerusform>
        </translation>
    </message>
    <message>
        <source>You can restore them from the system trash.</source>
        <translation>可以从系统回收站中恢复它们。</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>移到回收站(&amp;T)</translation>
    </message>
</context>
<context>
    <name>UploadedFilesDialog</name>
    <message>
        <source>&amp;Files kept by the file service (72 h each):</source>
        <translation>文件服务保存的文件（各保留 72 小时）(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Uploaded files</source>
        <translation>已上传的文件</translation>
    </message>
    <message>
        <source>Files kept by the file service (72 h each):</source>
        <translation>文件服务保存的文件（各保留 72 小时）：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the selected files (Del)</source>
        <translation>删除所选文件（Del）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
    <message>
        <source>No uploaded files.</source>
        <translation>没有已上传的文件。</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 未被删除：%2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n file(s).</source>
        <translation>
            <numerusform>已删除 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete these uploaded files: %1? Their links stop working: a task that has not started yet and uses one of them may fail.</source>
        <translation>删除这些已上传的文件：%1？它们的链接将失效：尚未开始且使用其中文件的任务可能会失败。</translation>
    </message>
    <message>
        <source>Delete uploaded files</source>
        <translation>删除已上传的文件</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>UploadedFilesModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>上传时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期</translation>
    </message>
</context>
<context>
    <name>ViewerClip</name>
    <message>
        <source>Taking the last frame of %1…</source>
        <translation>正在提取 %1 的最后一帧…</translation>
    </message>
    <message>
        <source>No file manager could show the clip&apos;s folder.</source>
        <translation>没有文件管理器能显示该片段所在的文件夹。</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to %1</source>
        <translation>欢迎使用 %1</translation>
    </message>
    <message>
        <source>Write a prompt, pick a Seedance 2.0 model and get a short video clip, saved on your own disk. Real clips need an Evolink API key and cost credits.</source>
        <translation>写下提示词，选择一个 Seedance 2.0 模型，即可得到一段短视频，保存在你自己的磁盘上。制作真实片段需要 Evolink API 密钥，并会消耗积分。</translation>
    </message>
    <message>
        <source>The demo runs a simulator on this computer: everything works, nothing is spent, and every clip is a placeholder marked “SIMULATED”. You can enter a key at any time.</source>
        <translation>演示模式在本机运行一个模拟器：所有功能都可使用，不花费任何积分，每个片段都是标有“SIMULATED”的占位内容。你可以随时输入密钥。</translation>
    </message>
    <message>
        <source>&amp;Enter API key…</source>
        <translation>输入 API 密钥(&amp;E)…</translation>
    </message>
    <message>
        <source>Try the &amp;demo (no credits)</source>
        <translation>试用演示(&amp;D)（不消耗积分）</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Enter API key…</source>
        <translation>输入 API 密钥…</translation>
    </message>
    <message>
        <source>Try the demo (no credits)</source>
        <translation>试用演示（不消耗积分）</translation>
    </message>
</context>
</TS>
