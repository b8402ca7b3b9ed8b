# saudinewsnet_part003_0396 (annotator55)
@P1
ORG | مانشستر سيتي | p1_city
ORG | روما | p1_roma
PER | سترلينغ | p1_sterling

@P2
ORG | مانشستر سيتي | p2_city1
NORP | الإنجليزي | p2_english
GPE | أستراليا | p2_australia
ORG | روما | p2_roma1
NORP | الإيطالي | p2_italian
DATE | أمس | p2_yesterday
FAC | ملعب ملبورن | p2_mcg               # "ملبورن" alone is the city, so "ملعب" stays
EVENT | كأس الأبطال الدولية | p2_icc         # trailing "الودية" left out
ORG | سيتي | p2_city2
ORG | روما | p2_roma2
NORP | الصربي | p2_serbian
PER | آدم لييايتش | p2_ljajic
REL | VISIT | p2_city1 | p2_australia        # pre-season tour in Australia (§7.8)
REL | VISIT | p2_city1 | p2_mcg              # match abroad at the stadium
REL | VISIT | p2_roma1 | p2_mcg
REL | LOCATED_IN | p2_mcg | p2_australia
REL | ROLE | p2_ljajic | p2_roma2            # "روما خطف التعادل بفضل ... لييايتش"

@P3
PER | رحيم سترلينغ | p3_sterling
ORG | ليفربول | p3_liverpool
NORP | إنجليزي | p3_english
MONEY | 76 مليون دولار | p3_fee
REL | ROLE | p3_sterling | p3_liverpool      # joined "من ليفربول": former member

@P4
PER | سترلينغ | p4_sterling
GPE | ملبورن | p4_melbourne
NORP | النيجيري | p4_nigerian
PER | كيليشي إيهياناشو | p4_iheanacho1
NORP | البوسني | p4_bosnian
PER | ميراليم بيانيتش | p4_pjanic
ORG | سيتي | p4_city
PER | إيهياناشو | p4_iheanacho2
ORG | روما | p4_roma
NORP | الإنجليزي | p4_english
PER | أشلي كول | p4_cole
PER | لياييتش | p4_ljajic                  # spelled differently from P2, as written
PER | جو هارت | p4_hart
REL | ROLE | p4_iheanacho2 | p4_city          # "استعاد سيتي التقدم بهدف من إيهياناشو"
REL | ROLE | p4_cole | p4_roma                # "مدافع روما"

@P5
PER | سترلينغ | p5_sterling
NORP | إنجليزي | p5_english
PER | جو هارت | p5_hart
ORG | سيتي | p5_city
REL | ROLE | p5_hart | p5_city                # his saves "ليفوز سيتي"

@P6
PER | ألكسندر كولاروف | p6_kolarov
ORG | سيتي | p6_city
PER | هارت | p6_hart
PER | سيدو دومبيا | p6_doumbia
PER | سيدو كيتا | p6_keita
NORP | الإنجليزي | p6_english            # "الفريق الإنجليزي": NORP only
REL | ROLE | p6_kolarov | p6_city           # "ثاني ركلة لسيتي"
REL | ROLE | p6_hart | p6_city              # "ليمنح الفريق الإنجليزي الفوز": relation to the club's full mention

@P7
PER | سترلينغ | p7_sterling
NORP | الإيطالي | p7_italian

@P8
PER | سترلينغ | p8_sterling
NORP | الأسترالي | p8_australian
PER | جاريد جيليت | p8_gillett
PER | أليساندرو فلورينزي | p8_florenzi

@P9
ORG | روما | p9_roma
ORG | ريال مدريد | p9_real1
NORP | الإسباني | p9_spanish
GPE | ملبورن | p9_melbourne
ORG | مانشستر سيتي | p9_city
ORG | ريال مدريد | p9_real2
DATE | يوم الجمعة المقبل | p9_friday
REL | VISIT | p9_city | p9_melbourne         # match in a named foreign city (§7.7)
REL | VISIT | p9_real2 | p9_melbourne

@P10
NORP | الويلزي | p10_welsh
PER | غاريث بيل | p10_bale1
ORG | ريال مدريد | p10_real
DATE | الجمعة | p10_friday1
DATE | أمس | p10_yesterday1
ORG | روما | p10_roma
DATE | يوم الأحد | p10_sunday
PER | بيل | p10_bale2
DATE | أمس | p10_yesterday2
PER | رافائيل بينيتيز | p10_benitez
DATE | الجمعة | p10_friday2
ORG | مانشستر سيتي | p10_city
REL | ROLE | p10_bale1 | p10_real              # "نجم ريال مدريد"
REL | ROLE | p10_benitez | p10_real           # "الفريق ... بقيادة المدير الفني": the club's full mention earlier in the paragraph

@P11
NORP | إسبانية | p11_spanish
ORG | مانشستر سيتي | p11_city
NORP | الأرجنتيني | p11_argentine
PER | نيكولاس أوتميندي | p11_otamendi
ORG | فالنسيا | p11_valencia               # "فريق" dropped like "نادي"
REL | ROLE | p11_otamendi | p11_valencia

@P12
ORG | سيتي | p12_city
ORG | مانشستر يونايتد | p12_united
NORP | الأرجنتيني | p12_argentine
PER | خورخي مينديز | p12_mendes
GPE | مانشستر | p12_manchester            # present in the city: no travel word, no VISIT

@P13
ORG | مانشستر سيتي | p13_city
MONEY | 50 مليون يورو | p13_50m
PER | أوتميندي | p13_otamendi
DATE | الصيف الحالي | p13_summer
ORG | يونايتد | p13_united
MONEY | 30 مليون يورو | p13_30m
NORP | الإسباني | p13_spanish
