// The phone pages' one stylesheet, inlined in every page: one request fewer on a slow network beats
// caching a file this small. Large type and targets for older eyes; nothing an old WebView lacks
// (no flex `gap`, no custom properties).
export const STYLE = `*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:20px/1.6 'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;color:#1a1a1a;background:#f2f4f7}
a{color:#0b4f96}
.top{display:flex;align-items:center;justify-content:space-between;background:#0b5cad;color:#fff;padding:8px 16px}
.top a{color:#fff}.top .home{font-weight:700;text-decoration:none;font-size:19px}
.top .lang{display:inline-block;min-height:44px;line-height:44px;padding:0 12px;border:1px solid #fff;border-radius:8px;text-decoration:none;margin-left:12px;white-space:nowrap}
main{display:block;padding:12px 14px 28px;max-width:640px;margin:0 auto}
.card{background:#fff;border-radius:12px;padding:14px 16px;margin:0 0 14px;box-shadow:0 1px 2px rgba(0,0,0,.15)}
h1{font-size:26px;line-height:1.3;margin:0 0 6px}h2{font-size:22px;line-height:1.3;margin:0 0 8px}
.salary{color:#a52019;font-size:24px;font-weight:700}
.tags span{display:inline-block;background:#e6f0fa;color:#0b4f96;border-radius:6px;padding:0 8px;margin:0 6px 6px 0;font-size:17px}
dl{margin:8px 0 0}dt{color:#4a4a4a;font-size:17px}dd{margin:0 0 10px}
ul.plain{list-style:none;margin:0;padding:0}ul.plain li{margin:0 0 8px}
.list a{display:block;padding:10px 0;border-bottom:1px solid #ddd;text-decoration:none;color:#1a1a1a}.list a strong{color:#0b4f96}
.list a span{display:block;font-size:17px;color:#4a4a4a}
label,.legend{display:block;font-weight:700;margin:16px 0 4px;padding:0}
fieldset{border:0;margin:0;padding:0;min-width:0}
input[type=text],input[type=tel],select,textarea{display:block;width:100%;font:inherit;padding:10px 12px;border:2px solid #767676;border-radius:8px;background:#fff;color:#1a1a1a}
textarea{min-height:90px}
input[aria-invalid=true],select[aria-invalid=true]{border-color:#a52019}
.hint{font-size:17px;color:#4a4a4a;margin:0}
.choice{display:flex;align-items:center;font-weight:400;margin:4px 0;min-height:48px}
.choice input{width:26px;height:26px;margin:0 10px 0 0;flex:none}
.apart{margin-top:14px;font-weight:700}
.inline .choice{display:inline-flex;margin-right:18px}
.booth{margin:14px 0 0;font-size:18px;color:#4a4a4a}
button,.button{display:block;width:100%;font:inherit;font-size:22px;font-weight:700;padding:14px;border:0;border-radius:12px;background:#0b5cad;color:#fff;margin:18px 0 0;text-align:center;text-decoration:none;cursor:pointer}
.button.secondary,button.secondary{background:#fff;color:#0b4f96;border:2px solid #0b5cad}
button.danger{background:#a52019}
.error{color:#a52019;font-size:18px;font-weight:700;margin:4px 0 0}
.summary{border:3px solid #a52019;background:#fff5f4}.summary a{color:#a52019}
.notice{font-size:17px;background:#eef3f8;padding:10px 12px;border-radius:8px;margin:16px 0 0}.notice h3{font-size:18px;margin:0 0 4px}.notice p{margin:0 0 4px}
.code{font-size:44px;letter-spacing:8px;font-weight:700;text-align:center;margin:4px 0;color:#0b4f96}
.ok{border-top:6px solid #1b7f3b}
footer{text-align:center;font-size:17px;color:#4a4a4a;padding:0 16px 24px}
[hidden]{display:none!important}`
