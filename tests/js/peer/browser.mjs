// The peer in a browser bundle (Vite): the Fluent files and data tables imported `?raw`.
import { createPeer } from "./peer.mjs";
import arForm from "../../../locales/ar/form.ftl?raw";
import arMessages from "../../../locales/ar/messages.ftl?raw";
import deForm from "../../../locales/de/form.ftl?raw";
import deMessages from "../../../locales/de/messages.ftl?raw";
import enForm from "../../../locales/en/form.ftl?raw";
import enMessages from "../../../locales/en/messages.ftl?raw";
import esForm from "../../../locales/es/form.ftl?raw";
import esMessages from "../../../locales/es/messages.ftl?raw";
import frForm from "../../../locales/fr/form.ftl?raw";
import frMessages from "../../../locales/fr/messages.ftl?raw";
import jaForm from "../../../locales/ja/form.ftl?raw";
import jaMessages from "../../../locales/ja/messages.ftl?raw";
import koForm from "../../../locales/ko/form.ftl?raw";
import koMessages from "../../../locales/ko/messages.ftl?raw";
import ruForm from "../../../locales/ru/form.ftl?raw";
import ruMessages from "../../../locales/ru/messages.ftl?raw";
import thForm from "../../../locales/th/form.ftl?raw";
import thMessages from "../../../locales/th/messages.ftl?raw";
import viForm from "../../../locales/vi/form.ftl?raw";
import viMessages from "../../../locales/vi/messages.ftl?raw";
import zhCNForm from "../../../locales/zh-CN/form.ftl?raw";
import zhCNMessages from "../../../locales/zh-CN/messages.ftl?raw";
import zhTWForm from "../../../locales/zh-TW/form.ftl?raw";
import zhTWMessages from "../../../locales/zh-TW/messages.ftl?raw";
import nationalities from "../../../src/data/nationalities.tsv?raw";
import residenceSymbols from "../../../src/data/residence-symbols.tsv?raw";
import provinces from "../../../src/data/vn-provinces.tsv?raw";
import transliteration from "../../../src/data/icao-transliteration.tsv?raw";

const files = (form, messages) => ({ "form.ftl": form, "messages.ftl": messages });

export const { validate, validateField, locales: availableLocales } = createPeer({
  locales: {
    "ar": files(arForm, arMessages),
    "de": files(deForm, deMessages),
    "en": files(enForm, enMessages),
    "es": files(esForm, esMessages),
    "fr": files(frForm, frMessages),
    "ja": files(jaForm, jaMessages),
    "ko": files(koForm, koMessages),
    "ru": files(ruForm, ruMessages),
    "th": files(thForm, thMessages),
    "vi": files(viForm, viMessages),
    "zh-CN": files(zhCNForm, zhCNMessages),
    "zh-TW": files(zhTWForm, zhTWMessages),
  },
  data: { nationalities, residenceSymbols, provinces, transliteration },
});
